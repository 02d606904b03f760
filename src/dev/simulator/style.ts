/** Looks of the simulator: LINE's chat colours, plus the Flex base styles the renderer builds on. */
export const simulatorStyle = /* css */ `
:root { --line-green: #06c755; --chat-bg: #8cabd8; --ink: #111111; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font-family: -apple-system, "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Segoe UI", sans-serif; color: var(--ink); background: #eef1f5; }
button { font: inherit; cursor: pointer; }
.layout { display: flex; gap: 16px; padding: 16px; align-items: flex-start; flex-wrap: wrap; }
.phone { width: 420px; max-width: 100%; height: calc(100vh - 32px); min-height: 640px; display: flex; flex-direction: column; border-radius: 16px; overflow: hidden; box-shadow: 0 4px 24px rgba(0,0,0,.18); background: var(--chat-bg); }
.chat-header { background: var(--line-green); color: #fff; padding: 8px 12px; }
.chat-title { display: flex; align-items: center; gap: 8px; font-weight: bold; }
.bot-avatar { width: 28px; height: 28px; border-radius: 50%; background: #232f3e; color: #ff9900; display: inline-flex; align-items: center; justify-content: center; font-weight: bold; }
.dev-badge { font-size: 11px; background: rgba(0,0,0,.25); padding: 1px 6px; border-radius: 8px; }
.user-bar { display: flex; gap: 6px; align-items: center; margin-top: 6px; font-size: 12px; }
.user-bar select, .user-bar button { font-size: 12px; border: 0; border-radius: 6px; padding: 3px 6px; }
.friend-bar { display: flex; gap: 8px; align-items: center; padding: 6px 12px; background: rgba(255,255,255,.85); font-size: 12px; }
.friend-bar .state { flex: 1; color: var(--muted); }
.friend-bar button { border: 1px solid var(--line-green); color: #fff; background: var(--line-green); border-radius: 14px; padding: 3px 12px; font-size: 12px; }
.friend-bar button.danger { background: #fff; color: #b12704; border-color: #b12704; }
.chat { flex: 1; overflow-y: auto; padding: 12px 10px; display: flex; flex-direction: column; gap: 10px; }
.row { display: flex; align-items: flex-end; gap: 6px; }
.row.user { flex-direction: row-reverse; }
.row .avatar { width: 32px; height: 32px; border-radius: 50%; background: #232f3e; color: #ff9900; display: flex; align-items: center; justify-content: center; font-weight: bold; flex: 0 0 auto; align-self: flex-start; }
.row .time { font-size: 10px; color: #f4f6fa; white-space: nowrap; }
.row .via { font-size: 9px; color: #e7ecf5; display: block; text-align: right; }
.row.hidden-by-block { opacity: .45; }
.msg-text { background: #fff; border-radius: 16px; padding: 8px 12px; max-width: 260px; white-space: pre-wrap; word-break: break-word; font-size: 14px; line-height: 1.45; }
.row.user .msg-text { background: #a6e860; }
.system { align-self: center; background: rgba(0,0,0,.25); color: #fff; font-size: 11px; padding: 3px 10px; border-radius: 10px; max-width: 90%; text-align: center; }
.system.error { background: rgba(177,39,4,.8); }
.typing { align-self: flex-start; margin-left: 38px; background: #fff; border-radius: 12px; padding: 4px 12px; font-size: 14px; letter-spacing: 2px; }
.msg-image { max-width: 240px; border-radius: 12px; background: #fff; }
.quick-replies { display: flex; gap: 6px; overflow-x: auto; padding: 0 10px 6px; }
.quick-replies:empty { display: none; }
.chip { flex: 0 0 auto; border: 1px solid var(--line-green); background: #fff; color: #0a8a3e; border-radius: 16px; padding: 5px 12px; font-size: 13px; white-space: nowrap; }
.composer { display: flex; gap: 6px; padding: 8px; background: #fff; }
.composer input { flex: 1; border: 1px solid #d5d9df; border-radius: 18px; padding: 8px 12px; font-size: 14px; }
.composer button { border: 0; background: var(--line-green); color: #fff; border-radius: 18px; padding: 0 14px; }
.composer input:disabled, .composer button:disabled { opacity: .5; }
.rich-menu { background: #fff; border-top: 1px solid #d5d9df; }
.rich-menu-bar { width: 100%; border: 0; background: #fff; padding: 6px; font-size: 13px; color: #333; }
.rich-menu-source { font-size: 10px; color: var(--muted); margin-left: 6px; }
.rich-menu-grid { position: relative; width: 100%; max-height: 28vh; background: #f7f8fa; }
.rich-menu-area { position: absolute; border: 1px solid #e1e4ea; background: #fff; font-size: 12px; display: flex; align-items: center; justify-content: center; text-align: center; padding: 4px; color: #232f3e; }
.rich-menu-area:hover { background: #eafaf0; }
.panels { flex: 1; min-width: 320px; max-width: 640px; display: flex; flex-direction: column; gap: 16px; }
.panel { background: #fff; border-radius: 12px; padding: 12px 16px; box-shadow: 0 1px 6px rgba(0,0,0,.08); font-size: 13px; }
.panel h2 { font-size: 15px; margin: 0 0 8px; }
.panel label { display: block; margin: 6px 0 2px; font-weight: bold; font-size: 12px; }
.panel input, .panel select, .panel textarea { width: 100%; font: inherit; padding: 5px 8px; border: 1px solid #d5d9df; border-radius: 6px; }
.panel textarea { min-height: 52px; font-family: ui-monospace, monospace; font-size: 12px; }
.panel .actions { margin-top: 8px; display: flex; gap: 8px; align-items: center; }
.panel button { border: 0; background: #232f3e; color: #fff; border-radius: 6px; padding: 6px 12px; }
.panel .hint { color: var(--muted); font-size: 11px; }
.panel .link-button { background: none; color: #007185; padding: 0; text-decoration: underline; }
.alert-results { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-direction: column; gap: 6px; }
.alert-result { border: 1px solid #e1e4ea; border-radius: 8px; padding: 6px 8px; font-size: 12px; }
.alert-result .status { font-weight: bold; }
.status-queued { color: #b26b00; } .status-delivered { color: #0a8a3e; } .status-skipped { color: #6b7280; } .status-failed, .status-error { color: #b12704; }
.status-line { color: var(--muted); font-size: 11px; }

/* Flex Message base styles; sizes, colours and spacing come from the message JSON. */
.fx-bubble { background: #fff; border-radius: 16px; overflow: hidden; max-width: 100%; display: flex; flex-direction: column; flex: 0 0 auto; }
.fx-carousel { display: flex; gap: 8px; overflow-x: auto; max-width: 100%; padding-bottom: 4px; }
.fx-box { display: flex; min-width: 0; position: relative; }
.fx-text { line-height: 1.4; min-width: 0; }
.fx-button { border: 0; border-radius: 8px; padding: 0 12px; font-size: 16px; display: flex; align-items: center; justify-content: center; width: 100%; min-width: 0; }
.fx-button span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fx-button-primary { background: #17c950; color: #fff; }
.fx-button-secondary { background: #dcdfe5; color: #111; }
.fx-button-link { background: transparent; color: #42659a; }
.fx-image { display: flex; min-width: 0; }
.fx-image img, .fx-image .placeholder { width: 100%; height: 100%; display: block; }
.fx-image .placeholder { background: #dfe3e8; color: var(--muted); font-size: 11px; display: flex; align-items: center; justify-content: center; }
.fx-icon { display: inline-block; flex: 0 0 auto; }
.fx-separator { flex: 0 0 auto; background: #e5e7eb; }
.fx-clickable { cursor: pointer; }
.fx-unsupported { color: var(--muted); font-size: 11px; }
.template { background: #fff; border-radius: 16px; overflow: hidden; width: 260px; }
.template .template-body { padding: 12px; font-size: 14px; white-space: pre-wrap; }
.template .template-title { font-weight: bold; margin-bottom: 4px; }
.template button { width: 100%; border: 0; border-top: 1px solid #e5e7eb; background: #fff; color: #42659a; padding: 10px; }
`;
