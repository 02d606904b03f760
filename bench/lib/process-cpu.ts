import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // Linux USER_HZ

function stat(pid: number): { ppid: number; cpuTicks: number; name: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), name };
  } catch {
    return null;
  }
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s) parents.set(pid, s.ppid);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) (out.push(child), walk(child));
  };
  walk(root);
  return out;
}

/** CPU seconds (user + system) used so far by the workerd processes below `root`. */
export function workerdCpuSeconds(root: number): number {
  return descendants(root)
    .map(stat)
    .filter((s): s is NonNullable<ReturnType<typeof stat>> => s !== null && s.name.startsWith('workerd'))
    .reduce((sum, s) => sum + s.cpuTicks / TICKS_PER_SECOND, 0);
}
