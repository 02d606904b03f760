/**
 * The simulator's HTML shell. Everything inside is drawn by the client modules
 * (/dev/simulator/*.js); the page only lays out the phone and the side panels.
 */
export const simulatorPage = (): string => `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LINE simulator · seller alerts bot (dev)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dev/simulator/style.css">
<script type="module" src="/dev/simulator/main.js"></script>
</head>
<body>
<main class="layout">
  <section class="phone" aria-label="chat">
    <header class="chat-header">
      <div class="chat-title">
        <span class="bot-avatar" aria-hidden="true">a</span>
        <span class="bot-name">Amazon出品サービス</span>
        <span class="dev-badge">dev</span>
      </div>
      <div class="user-bar">
        <label>User <select id="user-select" aria-label="simulated user"></select></label>
        <button type="button" id="add-user">+ user</button>
        <select id="new-user-lang" aria-label="LINE language of a new user"><option value="ja">ja</option><option value="en">en</option></select>
      </div>
    </header>
    <div class="friend-bar" id="friend-bar"></div>
    <div class="chat" id="chat" aria-live="polite"></div>
    <div class="quick-replies" id="quick-replies"></div>
    <form class="composer" id="composer" autocomplete="off">
      <input id="composer-input" name="text" placeholder="メッセージを入力" aria-label="message">
      <button type="submit" id="composer-send">送信</button>
    </form>
    <div class="rich-menu" id="rich-menu"></div>
  </section>
  <aside class="panels">
    <section class="panel" id="ops-panel" aria-label="ops"></section>
    <section class="panel" id="help-panel">
      <h2>How this works</h2>
      <p>Every action here is a LINE webhook event, signed with the dev channel secret and posted to
      <code>/webhook</code>. The bot answers through its LINE client, which talks to the fake LINE API
      under <code>/dev/line-api</code>; the chat shows what the fake received (replies and pushes).</p>
      <p id="status-line" class="status-line"></p>
    </section>
  </aside>
</main>
</body>
</html>
`;
