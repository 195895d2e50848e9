/*
 * Live Chat web widget. Embed it with one snippet:
 *   <script async src="https://chat.example.com/widget/loader.js?key=WIDGET_KEY"></script>
 * It draws a launcher bubble and a chat window inside a Shadow DOM (styles leak neither way), keeps
 * the visitor's session token in localStorage (a reload or a new tab continues the conversation),
 * talks over a WebSocket that reconnects with backoff and catches up by the last message id, and
 * renders every text with textContent, never as HTML. The composer's emoji picker and (where the bot
 * offers it) dictation come from the module composer.js of this server, loaded on first use.
 *
 * Host page API (window.LiveChat): open(), close(), toggle(), setUser({name, email, attributes, id, hash}),
 * on('ready' | 'message' | 'open' | 'close' | 'call', handler). Calls made before the script loaded are
 * replayed if the page queued them as window.LiveChat = {q: [['setUser', {...}], ...]}.
 */
(function () {
    'use strict';
    if (window.LiveChat && window.LiveChat.loaded) {
        return;
    }
    var script = document.currentScript;
    var src = new URL(script.src);
    var base = src.origin + src.pathname.replace(/\/widget\/loader\.js$/, '');
    var key = src.searchParams.get('key');
    var storeKey = 'livechat:' + key;
    var queued = (window.LiveChat && window.LiveChat.q) || [];

    var state = {token: null, lastId: 0, seen: {}, socket: null, attempts: 0, ready: false, maxText: 4096,
        outbox: [], handlers: {}, user: null, starting: null, closed: false, readyFired: false};

    var CSS = ':host{all:initial}' +
        '*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;line-height:1.4}' +
        '.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;' +
        'background:#2563eb;color:#fff;cursor:pointer;box-shadow:0 4px 12px rgba(0,0,0,.25);z-index:2147483646}' +
        '.launcher svg{width:28px;height:28px;fill:#fff}' +
        '.window{position:fixed;right:20px;bottom:88px;width:360px;max-width:calc(100vw - 40px);height:520px;' +
        'max-height:calc(100vh - 120px);display:flex;flex-direction:column;background:#fff;color:#111;border-radius:12px;' +
        'box-shadow:0 8px 28px rgba(0,0,0,.28);overflow:hidden;z-index:2147483647}' +
        '.window[hidden]{display:none}' +
        'header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:#2563eb;color:#fff}' +
        'header strong{color:#fff}header button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}' +
        '.status{padding:4px 14px;background:#fef3c7;color:#92400e;font-size:12px}.status:empty{display:none}' +
        // Who talks to the visitor (the agent's initials and name in the header), or their place in the queue.
        'header .who{display:flex;align-items:center;gap:8px;min-width:0}' +
        'header .avatar{flex:none;width:28px;height:28px;border-radius:50%;background:#fff;color:#2563eb;display:flex;' +
        'align-items:center;justify-content:center;font-size:12px;font-weight:700}header .avatar[hidden]{display:none}' +
        '.queue{padding:6px 14px;background:#eff6ff;color:#1e3a8a;font-size:13px;border-bottom:1px solid #bfdbfe}' +
        '.queue:empty{display:none}' +
        '.messages{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f8fafc}' +
        '.msg{max-width:80%;padding:8px 10px;border-radius:10px;background:#fff;border:1px solid #e2e8f0;white-space:pre-wrap;word-wrap:break-word}' +
        '.msg.user{align-self:flex-end;background:#2563eb;color:#fff;border-color:#2563eb}' +
        '.msg.system{align-self:center;background:none;border:0;color:#475569;font-style:italic;text-align:center}' +
        '.meta{display:block;font-size:11px;opacity:.75;margin-bottom:2px}' +
        '.choices{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}' +
        '.choices button{border:1px solid #2563eb;background:#fff;color:#2563eb;border-radius:14px;padding:4px 10px;cursor:pointer}' +
        '.typing{padding:2px 14px;font-size:12px;color:#64748b;min-height:18px}' +
        'form{display:flex;gap:6px;padding:10px;border-top:1px solid #e2e8f0}' +
        'textarea{flex:1;resize:none;height:38px;padding:8px;border:1px solid #cbd5e1;border-radius:8px;color:#111;background:#fff}' +
        'form button{border:0;background:#2563eb;color:#fff;border-radius:8px;padding:0 14px;cursor:pointer}' +
        // Files: the attach button, thumbnails (drawn on a canvas: a host page's img-src need not allow blob:),
        // cards, the upload line with its progress and cancel, the full-size view.
        'form button.attach{background:#e2e8f0;color:#111;padding:0 10px;font-size:18px}' +
        '.file{display:block;margin:4px 0;padding:0;border:0;background:none;cursor:pointer;color:inherit;text-align:left}' +
        '.file canvas{max-width:220px;max-height:180px;border-radius:6px;background:#e2e8f0}' +
        '.file.card{padding:8px 10px;border:1px solid #cbd5e1;border-radius:8px;background:#fff;color:#111}' +
        '.file .name{display:block;font-weight:600;word-break:break-all}.file .info{display:block;font-size:12px;color:#475569}' +
        '.upload{display:flex;gap:8px;align-items:center;padding:4px 14px;font-size:12px;color:#334155}.upload[hidden]{display:none}' +
        '.upload.refused{color:#b91c1c}.upload progress{flex:1}.upload.refused progress{display:none}' +
        '.upload button{border:0;background:none;cursor:pointer;font-size:16px;color:inherit}' +
        '.viewer{position:absolute;inset:0;background:rgba(15,23,42,.9);display:flex;align-items:center;justify-content:center;z-index:2}' +
        '.viewer[hidden]{display:none}.viewer canvas{max-width:100%;max-height:100%}' +
        '.viewer button{position:absolute;top:8px;right:10px;border:0;background:none;color:#fff;font-size:24px;cursor:pointer}' +
        '.window.dropping{outline:3px dashed #2563eb;outline-offset:-6px}' +
        'form button.tool{background:none;color:#2563eb;padding:0 4px;font-size:18px;border:1px solid transparent}' +
        'form button.tool[hidden]{display:none}form button.tool.listening{border-color:#dc2626;background:#fee2e2}' +
        '.emoji{height:280px;border-top:1px solid #e2e8f0}.emoji[hidden]{display:none}' +
        // The picker sizes itself in rem, which is the host page's root font size: pixels here.
        '.emoji emoji-picker{width:100%;height:100%;--border-size:0;--emoji-size:20px;--emoji-padding:6px;' +
        '--category-emoji-size:20px;--category-emoji-padding:6px;--category-font-size:13px;--input-font-size:14px;' +
        '--input-padding:4px;--input-border-radius:8px;--skintone-border-radius:16px}' +
        '.composer-status{padding:2px 14px;font-size:12px;color:#475569}.composer-status:empty{display:none}' +
        '.composer-status.error{color:#b91c1c}' +
        '.counter{padding:2px 14px;font-size:12px;color:#475569;text-align:right}.counter[hidden]{display:none}' +
        '.counter.over{color:#b91c1c;font-weight:600}' +
        '@keyframes ring{0%,100%{transform:rotate(0)}20%{transform:rotate(-12deg)}40%{transform:rotate(12deg)}60%{transform:rotate(-8deg)}}' +
        '.launcher.ringing{background:#16a34a;animation:ring 1s infinite}' +
        '.ringer,.call{padding:10px 14px;background:#ecfdf5;border-bottom:1px solid #a7f3d0;display:flex;flex-direction:column;gap:8px}' +
        '.ringer[hidden],.call[hidden],.call video[hidden]{display:none}' +
        '.ringer .who{font-weight:600;color:#065f46}.ringer .actions,.call .actions{display:flex;gap:6px;flex-wrap:wrap}' +
        '.ringer button,.call button{border:0;border-radius:16px;padding:6px 12px;cursor:pointer;color:#fff;background:#16a34a}' +
        '.ringer button.decline,.call button.hangup{background:#dc2626}.call button.toggle{background:#475569}' +
        '.call button.toggle[aria-pressed="true"]{background:#f59e0b}' +
        '.call .media{position:relative;background:#0f172a;border-radius:8px;overflow:hidden;min-height:40px}' +
        '.call video.remote{width:100%;max-height:180px;display:block;background:#0f172a}' +
        '.call video.local{position:absolute;right:6px;bottom:6px;width:72px;border-radius:4px;border:1px solid #fff}' +
        '.call .line{font-size:12px;color:#065f46}';

    // The UI, in a shadow root: the page's styles do not reach in, ours do not reach out.
    var host = document.createElement('div');
    host.id = 'livechat-widget';
    var root = host.attachShadow({mode: 'open'});
    // A constructed style sheet, not a <style> element: a host page whose Content-Security-Policy
    // allows no inline styles (style-src without 'unsafe-inline') still shows the widget as designed.
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
    } else {
        var style = document.createElement('style');
        style.textContent = CSS;
        root.appendChild(style);
    }
    var launcher = el('button', 'launcher');
    launcher.type = 'button';
    launcher.setAttribute('aria-label', 'Open chat');
    // Built node by node, never through innerHTML, which a page that requires Trusted Types refuses.
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M4 4h16v12H7l-3 3z');
    svg.appendChild(path);
    launcher.appendChild(svg);
    var win = el('section', 'window');
    win.hidden = true;
    win.setAttribute('aria-label', 'Chat');
    var header = el('header');
    var who = el('div', 'who');
    var avatar = el('span', 'avatar');
    avatar.hidden = true;
    avatar.setAttribute('aria-hidden', 'true');
    var title = el('strong');
    title.textContent = 'Chat with us';
    who.appendChild(avatar);
    who.appendChild(title);
    var closeButton = el('button', 'close');
    closeButton.type = 'button';
    closeButton.setAttribute('aria-label', 'Close chat');
    closeButton.textContent = '\u00d7';
    header.appendChild(who);
    header.appendChild(closeButton);
    var status = el('div', 'status');
    var queueLine = el('div', 'queue');
    queueLine.setAttribute('role', 'status');
    var list = el('div', 'messages');
    list.setAttribute('role', 'log');
    var typing = el('div', 'typing');
    var form = el('form');
    var input = el('textarea');
    input.setAttribute('aria-label', 'Message');
    input.placeholder = 'Write a message\u2026';
    var attach = el('button', 'attach');
    attach.type = 'button';
    attach.textContent = '\ud83d\udcce';
    attach.title = 'Attach a file (or drop one here, or paste a screenshot)';
    attach.setAttribute('aria-label', 'Attach a file');
    var picker = el('input');
    picker.type = 'file';
    picker.hidden = true;
    var uploadLine = el('div', 'upload');
    uploadLine.hidden = true;
    uploadLine.setAttribute('role', 'status');
    var uploadText = el('span', 'upload-text');
    var uploadProgress = el('progress');
    uploadProgress.max = 1;
    var uploadCancel = el('button', 'cancel');
    uploadCancel.type = 'button';
    uploadCancel.textContent = '\u00d7';
    uploadCancel.setAttribute('aria-label', 'Cancel the upload');
    [uploadText, uploadProgress, uploadCancel].forEach(function (part) { uploadLine.appendChild(part); });
    var viewer = el('div', 'viewer');
    viewer.hidden = true;
    var viewerClose = el('button');
    viewerClose.type = 'button';
    viewerClose.textContent = '\u00d7';
    viewerClose.setAttribute('aria-label', 'Close the image');
    viewer.appendChild(viewerClose);
    var emojiButton = tool('emoji-toggle', 'Emoji', '\uD83D\uDE0A');
    emojiButton.setAttribute('aria-expanded', 'false');
    // Offered only when the session says the bot allows dictation in its widget.
    var speechButton = tool('speech', 'Dictate: speak instead of typing', '\uD83C\uDFA4');
    speechButton.hidden = true;
    speechButton.setAttribute('aria-pressed', 'false');
    var send = el('button', 'send');
    send.type = 'submit';
    send.textContent = 'Send';
    form.appendChild(attach);
    form.appendChild(picker);
    form.appendChild(input);
    form.appendChild(emojiButton);
    form.appendChild(speechButton);
    form.appendChild(send);
    var emojiPanel = el('div', 'emoji');
    emojiPanel.hidden = true;
    emojiPanel.setAttribute('role', 'dialog');
    emojiPanel.setAttribute('aria-label', 'Emoji');
    var composerStatus = el('div', 'composer-status');
    composerStatus.setAttribute('role', 'status');
    var ringer = el('div', 'ringer');
    ringer.hidden = true;
    ringer.setAttribute('role', 'alertdialog');
    ringer.setAttribute('aria-label', 'Incoming call');
    var ringerWho = el('div', 'who');
    var ringerActions = el('div', 'actions');
    var acceptVideo = button('accept-video', 'Accept with video');
    var acceptAudio = button('accept-audio', 'Accept audio only');
    var decline = button('decline', 'Decline');
    [acceptVideo, acceptAudio, decline].forEach(function (part) { ringerActions.appendChild(part); });
    ringer.appendChild(ringerWho);
    ringer.appendChild(ringerActions);
    var callPanel = el('div', 'call');
    callPanel.hidden = true;
    callPanel.setAttribute('aria-label', 'Call');
    var callLine = el('div', 'line');
    callLine.setAttribute('aria-live', 'polite');
    var media = el('div', 'media');
    var remoteVideo = el('video', 'remote');
    remoteVideo.autoplay = true;
    remoteVideo.playsInline = true;
    var localVideo = el('video', 'local');
    localVideo.autoplay = true;
    localVideo.playsInline = true;
    localVideo.muted = true;
    media.appendChild(remoteVideo);
    media.appendChild(localVideo);
    var callActions = el('div', 'actions');
    var muteButton = button('toggle mute', 'Mute');
    muteButton.setAttribute('aria-pressed', 'false');
    var cameraButton = button('toggle camera', 'Camera off');
    cameraButton.setAttribute('aria-pressed', 'false');
    var hangUpButton = button('hangup', 'Hang up');
    [muteButton, cameraButton, hangUpButton].forEach(function (part) { callActions.appendChild(part); });
    [callLine, media, callActions].forEach(function (part) { callPanel.appendChild(part); });
    [header, status, queueLine, ringer, callPanel, list, typing, uploadLine, emojiPanel, composerStatus, form, viewer].forEach(function (part) { win.appendChild(part); });
    // The length counter, above the composer: shown near the limit, red past it (see countText).
    var counter = el('div', 'counter');
    counter.hidden = true;
    counter.setAttribute('aria-live', 'polite');
    win.insertBefore(counter, form);
    root.appendChild(win);
    root.appendChild(launcher);

    function button(cls, text) {
        var node = el('button', cls);
        node.type = 'button';
        node.textContent = text;
        return node;
    }

    function el(tag, cls) {
        var node = document.createElement(tag);
        if (cls) {
            node.className = cls;
        }
        return node;
    }

    function tool(cls, name, symbol) {
        var button = el('button', 'tool ' + cls);
        button.type = 'button';
        button.title = name;
        button.setAttribute('aria-label', name);
        button.textContent = symbol;
        return button;
    }

    var composerModule = null;

    /** The composer module (emoji picker, dictation) of the chat server, imported once. */
    function composer() {
        if (!composerModule) {
            composerModule = import(base + '/widget/composer.js');
        }
        return composerModule;
    }

    function say(text, isError) {
        composerStatus.textContent = text;
        composerStatus.classList.toggle('error', !!isError);
    }

    function showEmoji(shown) {
        emojiPanel.hidden = !shown;
        emojiButton.setAttribute('aria-expanded', String(shown));
        if (shown) {
            composer().then(function (tools) {
                return tools.showEmojiPicker(emojiPanel, function () { return input; }, say);
            }).catch(function (e) {
                say('The emoji picker could not be loaded (' + e.message + ').', true);
            });
        }
    }

    function emit(name, detail) {
        (state.handlers[name] || []).forEach(function (handler) {
            try { handler(detail); } catch (e) { console.error(e); }
        });
        window.dispatchEvent(new CustomEvent('livechat:' + name, {detail: detail}));
    }

    function load() {
        try {
            return JSON.parse(localStorage.getItem(storeKey)) || {};
        } catch (e) {
            return {};
        }
    }

    function save(session) {
        localStorage.setItem(storeKey, JSON.stringify(session));
    }

    function api(path, body, token) {
        var headers = {'Content-Type': 'application/json'};
        if (token) {
            headers.Authorization = 'Bearer ' + token;
        }
        return fetch(base + '/widget/api/' + path + '?key=' + encodeURIComponent(key),
            {method: 'POST', headers: headers, body: JSON.stringify(body || {}), credentials: 'omit'})
            .then(function (response) {
                if (!response.ok) {
                    var failure = new Error('HTTP ' + response.status);
                    failure.status = response.status;
                    failure.retryAfter = response.headers.get('Retry-After');
                    throw failure;
                }
                return response.status === 204 ? null : response.json();
            });
    }

    /** Gets or continues the session; only one request at a time. */
    function session() {
        if (!state.starting) {
            var body = {token: load().token || undefined};
            if (state.user && state.user.id && state.user.hash) {
                body.user = {id: String(state.user.id), hash: String(state.user.hash)};
            }
            state.starting = api('sessions', body).then(function (started) {
                if (state.token && started.token !== state.token) {
                    resetConversation();
                }
                state.token = started.token;
                state.files = started.files;
                save({token: started.token, visitorId: started.visitorId});
                // The channel's limit, counted as the server counts (UTF-16 units); no maxlength, which cuts in silence.
                state.maxText = started.maxText || state.maxText;
                countText();
                speechButton.hidden = !started.dictation;
                status.textContent = '';
                return started;
            }).catch(function (e) {
                status.textContent = e.status === 429
                    ? 'Too many chats started from your network. Try again in ' + (e.retryAfter || 60) + ' seconds.'
                    : 'Chat is not available on this site.';
                throw e;
            }).finally(function () {
                state.starting = null;
            });
        }
        return state.starting;
    }

    function resetConversation() {
        state.lastId = 0;
        state.seen = {};
        list.textContent = '';
        showHandover({state: 'NONE'});
        if (state.socket) {
            state.socket.close();
        }
    }

    function connect() {
        if (state.socket || !state.token || state.closed) {
            return;
        }
        var socket = new WebSocket(base.replace(/^http/, 'ws') + '/widget/socket?key=' + encodeURIComponent(key));
        state.socket = socket;
        socket.onopen = function () {
            socket.send(JSON.stringify({type: 'hello', token: state.token, after: state.lastId}));
        };
        socket.onmessage = function (frame) {
            var event = JSON.parse(frame.data);
            if (event.type === 'message') {
                render(event.message);
            } else if (event.type === 'ready') {
                state.attempts = 0;
                state.ready = true;
                status.textContent = '';
                state.outbox.forEach(function (message) { socket.send(JSON.stringify(message)); });
            } else if (event.type === 'ack') {
                state.outbox = state.outbox.filter(function (m) { return m.clientId !== event.clientId; });
            } else if (event.type === 'typing') {
                showTyping(event.name);
            } else if (event.type === 'handover') {
                showHandover(event);
            } else if (event.type === 'call') {
                Calls.changed(event.call);
            } else if (event.type === 'call-join') {
                Calls.join(event.callId, event.join);
            } else if (event.type === 'call-signal') {
                Calls.signal(event.callId, event.signal);
            } else if (event.type === 'error' && event.error === 'session-unknown') {
                localStorage.removeItem(storeKey);
                state.token = null;
            } else if (event.type === 'error' && event.clientId) {
                refused(event);
            } else if (event.type === 'error') {
                status.textContent = event.detail;
            }
        };
        socket.onclose = function () {
            state.socket = null;
            state.ready = false;
            if (state.closed) {
                return;
            }
            status.textContent = 'Reconnecting\u2026';
            // Exponential backoff with jitter, so a restarted server is not stormed by every widget at once.
            var delay = Math.min(30000, 500 * Math.pow(2, state.attempts++)) * (0.75 + Math.random() / 2);
            setTimeout(function () {
                if (state.token) {
                    connect();
                } else {
                    session().then(connect, function () { status.textContent = 'Reconnecting\u2026'; });
                }
            }, delay);
        };
    }

    function label(message) {
        switch (message.sender) {
            case 'USER': return 'You';
            case 'BOT': return 'Bot';
            case 'AGENT': return message.authorName || 'Agent';
            default: return '';
        }
    }

    /** Adds a message once, whether it came live or in a catch-up; every text goes in as text. */
    function render(message) {
        if (state.seen[message.id]) {
            return;
        }
        state.seen[message.id] = true;
        state.lastId = Math.max(state.lastId, message.id);
        var item = el('div', 'msg ' + message.sender.toLowerCase());
        item.dataset.id = message.id;
        item.dataset.sender = message.sender;
        var meta = el('span', 'meta');
        var time = new Date(message.createdAt).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
        meta.textContent = message.sender === 'SYSTEM' ? time : label(message) + ' \u00b7 ' + time;
        var text = el('span', 'text');
        text.textContent = message.files ? message.caption : message.text;
        item.appendChild(meta);
        (message.files || []).forEach(function (file) { item.appendChild(fileView(file)); });
        item.appendChild(text);
        if (message.choices && message.choices.length) {
            var choices = el('div', 'choices');
            message.choices.forEach(function (choice) {
                var button = el('button', 'choice');
                button.type = 'button';
                button.textContent = choice.title;
                button.addEventListener('click', function () { submit(choice.title, choice.id); });
                choices.appendChild(button);
            });
            item.appendChild(choices);
        }
        // In place by the server's sequence (the message id), never just at the end: the push of the
        // bot's answer leaves the server before the echo of the visitor's message it answers.
        var next = null;
        for (var shown = list.lastElementChild; shown && Number(shown.dataset.id) > message.id;
             shown = shown.previousElementSibling) {
            next = shown;
        }
        list.insertBefore(item, next);
        list.scrollTop = list.scrollHeight;
        if (message.sender !== 'USER') {
            typing.textContent = '';
        }
        emit('message', message);
    }

    /** The file's bytes, fetched with the session token: nobody else's session opens them. */
    function fetchFile(file) {
        return fetch(base + '/widget/api/files/' + encodeURIComponent(file.token) + '?key=' + encodeURIComponent(key),
            {headers: {Authorization: 'Bearer ' + state.token}, credentials: 'omit'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.blob();
            });
    }

    function draw(canvas, blob) {
        return createImageBitmap(blob).then(function (bitmap) {
            canvas.width = bitmap.width;
            canvas.height = bitmap.height;
            canvas.getContext('2d').drawImage(bitmap, 0, 0);
            return bitmap;
        });
    }

    function sizeOf(bytes) {
        return bytes < 1024 ? bytes + ' bytes' : bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' KB'
            : (bytes / 1048576).toFixed(1) + ' MB';
    }

    /** An image as a thumbnail that opens full size; any other file as a card that downloads. */
    function fileView(file) {
        var view = el('button', 'file ' + (file.image ? 'image' : 'card'));
        view.type = 'button';
        view.dataset.kind = file.kind;
        view.title = file.fileName;
        if (file.image) {
            var thumb = el('canvas');
            thumb.setAttribute('role', 'img');
            thumb.setAttribute('aria-label', file.fileName);
            view.appendChild(thumb);
            var loaded = fetchFile(file).then(function (blob) {
                return draw(thumb, blob).then(function () { view.dataset.loaded = 'true'; return blob; });
            });
            view.addEventListener('click', function () {
                loaded.then(function (blob) {
                    var full = el('canvas');
                    viewer.querySelectorAll('canvas').forEach(function (old) { old.remove(); });
                    viewer.appendChild(full);
                    viewer.hidden = false;
                    return draw(full, blob);
                });
            });
        } else {
            var name = el('span', 'name');
            name.textContent = file.fileName;
            var info = el('span', 'info');
            info.textContent = sizeOf(file.size) + ' \u00b7 ' + file.mimeType;
            view.appendChild(name);
            view.appendChild(info);
            view.addEventListener('click', function () {
                fetchFile(file).then(function (blob) {
                    var link = document.createElement('a');
                    link.href = URL.createObjectURL(blob);
                    link.download = file.fileName;
                    root.appendChild(link);
                    link.click();
                    link.remove();
                    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
                });
            });
        }
        return view;
    }

    var uploading = null;

    function uploadState(text, refused, progress) {
        uploadLine.hidden = false;
        uploadLine.classList.toggle('refused', !!refused);
        uploadText.textContent = text;
        uploadProgress.value = progress || 0;
        uploadCancel.textContent = '\u00d7';
    }

    /** Sends the visitor's file with its progress; refused at once if it is over the bot's limit. */
    function upload(file) {
        if (!file || uploading || !state.token) {
            return;
        }
        var name = file.name && file.name !== 'image.png' ? file.name
            : 'screenshot-' + new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-') + '.png';
        var max = state.files ? state.files.maxBytes : Infinity;
        if (file.size > max) {
            uploadState(name + ' was not sent: it is larger than ' + sizeOf(max) + '.', true);
            return;
        }
        var xhr = new XMLHttpRequest();
        uploading = xhr;
        xhr.open('POST', base + '/widget/api/files?key=' + encodeURIComponent(key) + '&name=' + encodeURIComponent(name));
        xhr.setRequestHeader('Authorization', 'Bearer ' + state.token);
        xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
        xhr.upload.onprogress = function (event) {
            if (event.lengthComputable) {
                uploadState('Sending ' + name + '\u2026', false, event.loaded / event.total);
            }
        };
        xhr.onload = function () {
            uploading = null;
            if (xhr.status === 201) {
                uploadLine.hidden = true;
                render(JSON.parse(xhr.responseText).message);
                return;
            }
            var detail = 'HTTP ' + xhr.status;
            try {
                detail = JSON.parse(xhr.responseText).detail || detail;
            } catch (e) { /* not a problem document */ }
            uploadState(name + ' was not sent: ' + detail, true);
        };
        xhr.onerror = function () {
            uploading = null;
            uploadState(name + ' was not sent: the connection failed.', true);
        };
        xhr.onabort = function () {
            uploading = null;
            uploadState('Upload of ' + name + ' cancelled; nothing was sent.', true);
        };
        uploadState('Sending ' + name + '\u2026', false, 0);
        xhr.send(file);
    }

    attach.addEventListener('click', function () { picker.click(); });
    picker.addEventListener('change', function () {
        upload(picker.files[0]);
        picker.value = '';
    });
    uploadCancel.addEventListener('click', function () {
        if (uploading) {
            uploading.abort();
        } else {
            uploadLine.hidden = true;
        }
    });
    viewerClose.addEventListener('click', function () { viewer.hidden = true; });
    win.addEventListener('dragover', function (event) {
        if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
            event.preventDefault();
            win.classList.add('dropping');
        }
    });
    win.addEventListener('dragleave', function (event) {
        if (event.target === win) {
            win.classList.remove('dropping');
        }
    });
    win.addEventListener('drop', function (event) {
        if (event.dataTransfer && event.dataTransfer.files.length) {
            event.preventDefault();
            win.classList.remove('dropping');
            upload(event.dataTransfer.files[0]);
        }
    });
    input.addEventListener('paste', function (event) {
        var files = event.clipboardData && event.clipboardData.files;
        if (files && files.length) {
            event.preventDefault();
            upload(files[0]);
        }
    });

    /*
     * Calls. The agent rings (a 'call' frame in state RINGING): the widget opens, the bubble rings and
     * a tone plays until the visitor accepts (with video or audio only), declines, or the call stops
     * ringing. Built-in calls are WebRTC: the widget that accepted makes the offer once its ICE
     * candidates are gathered, the agent's browser answers through the server; media go peer to peer.
     * EnableX calls join the room with EnableX's SDK, loaded from the address the server gives.
     */
    var Calls = (function () {
        var current = null, pc = null, localStream = null, remoteStream = null, tone = null, acceptedHere = false;
        var enx = {stream: null, room: null};

        function send(frame) {
            if (state.socket && state.ready) {
                state.socket.send(JSON.stringify(frame));
            }
        }

        function kindText(call) {
            return call.kind === 'VIDEO' ? 'video call' : 'audio call';
        }

        function ringTone(on) {
            if (!on) {
                if (tone) {
                    clearInterval(tone.timer);
                    tone.context.close();
                    tone = null;
                }
                return;
            }
            var Context = window.AudioContext || window.webkitAudioContext;
            if (tone || !Context) {
                return;
            }
            var context = new Context();
            var ring = function () {
                // Two short bursts of the classic 440 + 480 Hz ringing tone.
                [0, 0.6].forEach(function (offset) {
                    var gain = context.createGain();
                    gain.gain.value = 0.08;
                    gain.connect(context.destination);
                    [440, 480].forEach(function (frequency) {
                        var oscillator = context.createOscillator();
                        oscillator.frequency.value = frequency;
                        oscillator.connect(gain);
                        oscillator.start(context.currentTime + offset);
                        oscillator.stop(context.currentTime + offset + 0.4);
                    });
                });
            };
            tone = {context: context, timer: setInterval(ring, 3000)};
            ring();
        }

        function showRinger(call) {
            ringerWho.textContent = call.agentName + ' is calling you (' + kindText(call) + ')';
            acceptVideo.hidden = call.kind !== 'VIDEO';
            acceptAudio.textContent = call.kind === 'VIDEO' ? 'Accept audio only' : 'Accept';
            ringer.hidden = false;
            launcher.classList.add('ringing');
            launcher.setAttribute('aria-label', 'Incoming call: open chat');
            ringTone(true);
            LiveChat.open();
        }

        function stopRinging() {
            ringer.hidden = true;
            launcher.classList.remove('ringing');
            launcher.setAttribute('aria-label', win.hidden ? 'Open chat' : 'Close chat');
            ringTone(false);
        }

        function tracks() {
            var kinds = remoteStream ? remoteStream.getTracks().map(function (t) { return t.kind; }).sort() : [];
            callPanel.dataset.tracks = kinds.join(' ');
            remoteVideo.hidden = kinds.indexOf('video') < 0;
        }

        function stopMedia() {
            if (enx.room) {
                enx.room.disconnect();
            }
            enx = {stream: null, room: null};
            if (pc) {
                pc.close();
                pc = null;
            }
            if (localStream) {
                localStream.getTracks().forEach(function (track) { track.stop(); });
                localStream = null;
            }
            remoteStream = null;
            remoteVideo.srcObject = null;
            localVideo.srcObject = null;
            callPanel.hidden = true;
            callPanel.dataset.connection = '';
            callPanel.dataset.tracks = '';
            acceptedHere = false;
        }

        /** Gathers every candidate first (or gives up waiting after 3 s): one signal each way. */
        function gathered(connection) {
            return new Promise(function (resolve) {
                if (connection.iceGatheringState === 'complete') {
                    resolve();
                    return;
                }
                var timer = setTimeout(resolve, 3000);
                connection.addEventListener('icegatheringstatechange', function () {
                    if (connection.iceGatheringState === 'complete') {
                        clearTimeout(timer);
                        resolve();
                    }
                });
            });
        }

        function userMedia(video) {
            if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
                return Promise.reject(new Error('This browser cannot make calls here (a secure page is needed).'));
            }
            return navigator.mediaDevices.getUserMedia({audio: true, video: video}).catch(function (e) {
                if (video) {
                    callLine.textContent = 'Your camera cannot be used; the call goes on with sound only.';
                    return navigator.mediaDevices.getUserMedia({audio: true, video: false});
                }
                throw e;
            });
        }

        function builtIn(call, join, video) {
            pc = new RTCPeerConnection({iceServers: join.iceServers || []});
            var connection = pc;
            remoteStream = new MediaStream();
            remoteVideo.srcObject = remoteStream;
            connection.ontrack = function (event) {
                remoteStream.addTrack(event.track);
                tracks();
            };
            connection.onconnectionstatechange = function () {
                callPanel.dataset.connection = connection.connectionState;
                if (connection.connectionState === 'connected') {
                    callLine.textContent = 'In a ' + kindText(call) + ' with ' + call.agentName;
                } else if (connection.connectionState === 'failed') {
                    callLine.textContent = 'The call lost its connection.';
                }
            };
            return userMedia(video).then(function (stream) {
                localStream = stream;
                localVideo.srcObject = stream;
                localVideo.hidden = stream.getVideoTracks().length === 0;
                cameraButton.hidden = stream.getVideoTracks().length === 0;
                stream.getTracks().forEach(function (track) { connection.addTrack(track, stream); });
            }, function (e) {
                callLine.textContent = 'Your microphone cannot be used (' + e.message + '); you can still hear the agent.';
                cameraButton.hidden = true;
                localVideo.hidden = true;
                connection.addTransceiver('audio', {direction: 'recvonly'});
            }).then(function () {
                if (call.kind === 'VIDEO' && connection.getTransceivers().every(function (t) {
                    return !t.sender.track || t.sender.track.kind !== 'video';
                })) {
                    connection.addTransceiver('video', {direction: 'recvonly'});
                }
                return connection.createOffer();
            }).then(function (offer) {
                return connection.setLocalDescription(offer);
            }).then(function () {
                return gathered(connection);
            }).then(function () {
                send({type: 'call-signal', callId: call.id, signal: connection.localDescription.toJSON()});
            });
        }

        function enablex(call, join, video) {
            // EnableX's SDK carries the media and puts the agent's stream into the element it is given.
            return new Promise(function (resolve, reject) {
                if (window.EnxRtc) {
                    resolve();
                    return;
                }
                var sdk = document.createElement('script');
                sdk.src = join.sdkUrl;
                sdk.onload = resolve;
                sdk.onerror = function () { reject(new Error('the call service could not be reached')); };
                document.head.appendChild(sdk);
            }).then(function () {
                callPanel.dataset.connection = 'connecting';
                remoteVideo.hidden = true;
                localVideo.hidden = true;
                cameraButton.hidden = !video;
                enx.stream = window.EnxRtc.joinRoom(join.token, {audio: true, video: video, data: false,
                    attributes: {name: 'visitor'}}, function (success, error) {
                    if (error || !success) {
                        callLine.textContent = 'The call could not start.';
                        return;
                    }
                    enx.room = success.room;
                    callPanel.dataset.connection = 'connected';
                    callLine.textContent = 'In a ' + kindText(call) + ' with ' + call.agentName;
                    (success.streams || []).forEach(function (stream) { success.room.subscribe(stream); });
                });
            });
        }

        muteButton.addEventListener('click', function () {
            var on = muteButton.getAttribute('aria-pressed') !== 'true';
            muteButton.setAttribute('aria-pressed', String(on));
            muteButton.textContent = on ? 'Unmute' : 'Mute';
            (localStream ? localStream.getAudioTracks() : []).forEach(function (track) { track.enabled = !on; });
            if (enx.stream) {
                enx.stream[on ? 'muteAudio' : 'unmuteAudio'](function () { /* acknowledged */ });
            }
        });
        cameraButton.addEventListener('click', function () {
            var off = cameraButton.getAttribute('aria-pressed') !== 'true';
            cameraButton.setAttribute('aria-pressed', String(off));
            cameraButton.textContent = off ? 'Camera on' : 'Camera off';
            (localStream ? localStream.getVideoTracks() : []).forEach(function (track) { track.enabled = !off; });
            if (enx.stream) {
                enx.stream[off ? 'muteVideo' : 'unmuteVideo'](function () { /* acknowledged */ });
            }
        });
        hangUpButton.addEventListener('click', function () {
            if (current) {
                send({type: 'call-end', callId: current.id});
            }
        });
        acceptVideo.addEventListener('click', function () { accept(true); });
        acceptAudio.addEventListener('click', function () { accept(false); });
        decline.addEventListener('click', function () {
            if (current) {
                send({type: 'call-end', callId: current.id});
            }
            stopRinging();
        });

        function accept(video) {
            if (!current) {
                return;
            }
            acceptedHere = true;
            current.video = video;
            stopRinging();
            callPanel.hidden = false;
            callPanel.dataset.tracks = '';
            callLine.textContent = 'Connecting\u2026';
            send({type: 'call-accept', callId: current.id, video: video});
        }

        return {
            changed: function (call) {
                if (call.state === 'RINGING') {
                    current = call;
                    showRinger(call);
                } else if (call.state === 'ACTIVE') {
                    stopRinging();
                    if (!acceptedHere) {
                        // Answered in another tab, or this page was reloaded mid-call: it cannot join from here.
                        if (!current) {
                            send({type: 'call-end', callId: call.id});
                        }
                        current = null;
                    }
                } else {
                    stopRinging();
                    stopMedia();
                    current = null;
                }
                emit('call', call);
            },
            join: function (callId, join) {
                if (!current || current.id !== callId) {
                    return;
                }
                var call = current;
                var started = join.provider === 'ENABLEX' ? enablex(call, join, call.video) : builtIn(call, join, call.video);
                started.catch(function (e) {
                    callLine.textContent = 'The call could not start: ' + e.message;
                });
            },
            signal: function (callId, signal) {
                if (pc && current && current.id === callId && signal.type === 'answer') {
                    pc.setRemoteDescription(signal).catch(function (e) {
                        callLine.textContent = 'The call could not connect: ' + e.message;
                    });
                }
            }
        };
    })();

    var QUEUE_ASK_MS = 15000;
    var queueTimer = null;

    /** "AB" for "Ada Byron": the first letters of the first and the last word. */
    function initials(name) {
        var words = String(name).trim().split(/\s+/).filter(Boolean);
        var letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
        return letters.map(function (word) { return Array.from(word)[0]; }).join('').toUpperCase();
    }

    /**
     * Where the visitor's handover stands (the server's handover frame): their place in the queue,
     * asked again every 15 s while they wait (the server tells them at once only of their own
     * handover's changes), or the name and initials of the agent talking to them in the header.
     */
    function showHandover(event) {
        var assigned = event.state === 'ASSIGNED' && event.agentName;
        title.textContent = assigned ? event.agentName : 'Chat with us';
        avatar.textContent = assigned ? initials(event.agentName) : '';
        avatar.hidden = !assigned;
        header.dataset.agent = assigned ? event.agentName : '';
        queueLine.textContent = event.state === 'PENDING' && event.text ? event.text : '';
        queueLine.dataset.position = event.state === 'PENDING' ? String(event.position || '') : '';
        clearInterval(queueTimer);
        queueTimer = null;
        if (event.state === 'PENDING') {
            queueTimer = setInterval(function () {
                if (state.socket && state.ready) {
                    state.socket.send(JSON.stringify({type: 'queue'}));
                }
            }, QUEUE_ASK_MS);
        }
    }

    var typingTimer = null;

    function showTyping(name) {
        typing.textContent = name + ' is typing\u2026';
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typing.textContent = ''; }, 4000);
    }

    /** How far the text is over the limit (negative: what is left), trimmed as the server takes it. */
    function overLimit(text) {
        return text.trim().length - state.maxText;
    }

    function characters(count) {
        return count + (count === 1 ? ' character' : ' characters');
    }

    /** The counter: hidden until less than a tenth of the limit is left, then what is left; red past it. */
    function countText() {
        var over = overLimit(input.value);
        counter.hidden = over < -state.maxText / 10;
        counter.classList.toggle('over', over > 0);
        counter.textContent = over > 0 ? 'Too long by ' + characters(over) : 'Characters left: ' + (-over);
    }

    /** The server refused a message (too long, too many): it comes back into the composer, with why. */
    function refused(event) {
        var message = state.outbox.filter(function (m) { return m.clientId === event.clientId; })[0];
        state.outbox = state.outbox.filter(function (m) { return m.clientId !== event.clientId; });
        if (message && !message.choiceId && !input.value) {
            input.value = message.text;
            countText();
        }
        say(event.detail, true);
    }

    function submit(text, choiceId) {
        if (!text || !text.trim()) {
            return;
        }
        var message = {type: 'message', text: text, clientId: Date.now().toString(36) + Math.random().toString(36).slice(2)};
        if (choiceId) {
            message.choiceId = choiceId;
        }
        // Kept until the server acknowledges it: a message written while reconnecting is sent then, once.
        state.outbox.push(message);
        if (state.socket && state.ready) {
            state.socket.send(JSON.stringify(message));
        }
    }

    var lastTyping = 0;
    input.addEventListener('input', function () {
        countText();
        var now = Date.now();
        if (state.socket && state.ready && now - lastTyping > 2000) {
            lastTyping = now;
            state.socket.send(JSON.stringify({type: 'typing'}));
        }
    });
    input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var over = overLimit(input.value);
        if (over > 0) {
            say('This message is ' + characters(over) + ' too long: a message holds at most ' + state.maxText
                + ' (an emoji counts 2 or more). Shorten it, then send.', true);
            return;
        }
        submit(input.value);
        input.value = '';
        countText();
        if (composerStatus.classList.contains('error')) {
            say('');
        }
    });
    // A lost network leaves a socket that looks open until TCP gives up: drop it at once and
    // reconnect as soon as the browser is back online, catching up on what came meanwhile.
    window.addEventListener('offline', function () {
        if (state.socket) {
            state.socket.close();
        }
    });
    window.addEventListener('online', function () {
        state.attempts = 0;
        connect();
    });
    emojiButton.addEventListener('click', function () { showEmoji(emojiPanel.hidden); });
    root.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && !emojiPanel.hidden) {
            showEmoji(false);
            input.focus();
        }
    });
    // Dictation in the page's language (the visitor's, as the site declares it), else the browser's.
    speechButton.addEventListener('click', function () {
        composer().then(function (tools) {
            return tools.toggleDictation(speechButton, function () { return input; },
                document.documentElement.lang || navigator.language, say);
        }).catch(function (e) {
            say('Dictation could not be loaded (' + e.message + ').', true);
        });
    });
    launcher.addEventListener('click', function () { LiveChat.toggle(); });
    closeButton.addEventListener('click', function () { LiveChat.close(); });

    function start() {
        return session().then(function () {
            connect();
            if (state.profile) {
                return api('profile', state.profile, state.token);
            }
        });
    }

    var LiveChat = {
        loaded: true,
        open: function () {
            win.hidden = false;
            launcher.setAttribute('aria-label', 'Close chat');
            if (!state.token) {
                start().catch(function () { /* shown in the status line */ });
            }
            input.focus();
            emit('open', {});
        },
        close: function () {
            win.hidden = true;
            launcher.setAttribute('aria-label', 'Open chat');
            emit('close', {});
        },
        toggle: function () {
            if (win.hidden) {
                LiveChat.open();
            } else {
                LiveChat.close();
            }
        },
        isOpen: function () {
            return !win.hidden;
        },
        /** The host page's user: name, email, attributes, and optionally id + hash for a verified identity. */
        setUser: function (user, email, attributes) {
            if (typeof user !== 'object' || user === null) {
                user = {name: user, email: email, attributes: attributes};
            }
            var verifiedChange = user.id && user.hash && (!state.user || state.user.id !== user.id);
            state.user = user;
            state.profile = {name: user.name || undefined, email: user.email || undefined,
                attributes: user.attributes || {}};
            if (verifiedChange && state.token) {
                return start();
            }
            if (state.token) {
                return api('profile', state.profile, state.token);
            }
            return Promise.resolve();
        },
        /** Sends a file as the visitor, as the attach button, a drop or a paste does. */
        sendFile: function (file) {
            upload(file);
        },
        on: function (name, handler) {
            (state.handlers[name] = state.handlers[name] || []).push(handler);
            if (name === 'ready' && state.readyFired) {
                handler({});
            }
            return LiveChat;
        }
    };
    window.LiveChat = LiveChat;

    function boot() {
        document.body.appendChild(host);
        queued.forEach(function (call) {
            if (LiveChat[call[0]]) {
                LiveChat[call[0]].apply(LiveChat, call.slice(1));
            }
        });
        // A visitor who chatted before (another tab, a reload) continues at once.
        if (load().token && !state.token) {
            start().catch(function () { /* shown in the status line */ });
        }
        state.readyFired = true;
        emit('ready', {});
    }

    if (document.body) {
        boot();
    } else {
        document.addEventListener('DOMContentLoaded', boot);
    }
})();
