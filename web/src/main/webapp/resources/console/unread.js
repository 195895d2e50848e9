/*
 * Unread signals of every console page (WEB-INF/unread/signals.xhtml). The pushes that change what the
 * person has not seen (a user's message, a handover's change, their own read mark in any tab) are
 * gathered for a moment and sent to the recount command, whose patch has the counts: the tab title
 * ("(3) Live Chat - ..."), the Live Chat rows' badges, the dashboard's cells, and what to signal. A
 * signal is a short tone made with WebAudio (no sound file) and a desktop notification, each only
 * while its switch is on (kept per person in this browser), once per browser however many tabs are
 * open, and none for the conversation the person is looking at in a focused tab. On the Live Chat
 * page, a transcript shown in a visible tab marks its conversation read up to its newest message.
 */
var UnreadSignals = (function () {
    var GATHER_MS = 150;
    var LOOKING_MS = 30000;
    var SIGNALLED_MS = 60000;
    var kinds = ['handovers', 'conversations', 'requested', 'messages'];
    var asked = fresh();
    var timer = null;
    var baseTitle = null;
    var marked = null;
    var audio = null;
    var settings = {sound: false, desktop: false};
    /** This tab, in what it tells the others about the conversation it shows. */
    var tab = Math.random().toString(36).slice(2);

    function fresh() {
        var ids = {};
        kinds.forEach(function (kind) {
            ids[kind] = {};
        });
        return ids;
    }

    function form() {
        return document.getElementById('signals');
    }

    function patch() {
        return document.getElementById('signals:unreadPatch');
    }

    function user() {
        return form() ? form().dataset.user : '';
    }

    function pageBot() {
        var shown = patch();
        return shown && shown.dataset.bot ? Number(shown.dataset.bot) : null;
    }

    function load() {
        try {
            Object.assign(settings, JSON.parse(localStorage.getItem('livechat:signals:' + user())) || {});
        } catch (e) {
            // Unreadable settings are no settings: both switches off.
        }
    }

    function save() {
        localStorage.setItem('livechat:signals:' + user(), JSON.stringify(settings));
    }

    function desktopAllowed() {
        return 'Notification' in window && window.Notification.permission === 'granted';
    }

    function showSwitches() {
        var sound = document.getElementById('signals-sound');
        var desktop = document.getElementById('signals-desktop');
        if (sound && desktop) {
            sound.setAttribute('aria-pressed', String(!!settings.sound));
            desktop.setAttribute('aria-pressed', String(!!settings.desktop && desktopAllowed()));
        }
    }

    function say(text) {
        var status = document.getElementById('signals-status');
        if (status) {
            status.textContent = text || '';
        }
    }

    /** The audio context, made (or woken) during a click: browsers start sound only after one. */
    function wakeAudio() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) {
            return null;
        }
        audio = audio || new Context();
        if (audio.state === 'suspended') {
            audio.resume();
        }
        return audio;
    }

    /** Two short rising sine tones, about a third of a second in all. */
    function chime() {
        var context = wakeAudio();
        if (!context) {
            return;
        }
        [880, 1320].forEach(function (frequency, i) {
            var start = context.currentTime + i * 0.16;
            var tone = context.createOscillator();
            var gain = context.createGain();
            tone.type = 'sine';
            tone.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, start);
            gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
            tone.connect(gain);
            gain.connect(context.destination);
            tone.start(start);
            tone.stop(start + 0.16);
        });
    }

    function toggleSound() {
        settings.sound = !settings.sound;
        save();
        if (settings.sound) {
            chime();
        }
        showSwitches();
    }

    /** Turning desktop alerts on asks the browser for its permission, once: it remembers the answer. */
    function toggleDesktop() {
        say('');
        if (settings.desktop && desktopAllowed()) {
            settings.desktop = false;
            save();
            showSwitches();
            return;
        }
        if (!('Notification' in window)) {
            say(form().dataset.unsupported);
            return;
        }
        var answered = function (permission) {
            settings.desktop = permission === 'granted';
            save();
            showSwitches();
            if (!settings.desktop) {
                say(form().dataset.blocked);
            }
        };
        if (window.Notification.permission === 'default') {
            var asking = window.Notification.requestPermission(answered);
            if (asking && asking.then) {
                asking.then(answered);
            }
        } else {
            answered(window.Notification.permission);
        }
    }

    /** The conversation shown in this tab's Live Chat, if any. */
    function shownConversation() {
        var panel = document.getElementById('lc:conversation');
        return panel && panel.dataset.conversation ? panel.dataset.conversation : null;
    }

    /**
     * Tells this browser's other tabs which conversation the person is looking at: the tab with focus
     * owns the note (one tab has it at a time), so it writes what it shows, or clears the note when it
     * shows no conversation; a tab without focus only takes back its own note.
     */
    function noteLooking() {
        var conversation = shownConversation();
        var key = 'livechat:looking:' + user();
        if (!document.hasFocus()) {
            forgetLooking();
        } else if (conversation) {
            localStorage.setItem(key, JSON.stringify({conversation: conversation, at: Date.now(), tab: tab}));
        } else {
            localStorage.removeItem(key);
        }
    }

    /** This tab no longer shows what it told the others (it lost focus, went elsewhere, closed). */
    function forgetLooking() {
        var key = 'livechat:looking:' + user();
        var noted = readJson(key);
        if (noted && noted.tab === tab) {
            localStorage.removeItem(key);
        }
    }

    function readJson(key) {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    /** Whether the person looks at the conversation: here if this tab has focus, else in the tab that noted it lately. */
    function lookingAt(conversation) {
        if (document.hasFocus()) {
            return shownConversation() === conversation;
        }
        var noted = readJson('livechat:looking:' + user());
        return !!noted && noted.conversation === conversation && Date.now() - noted.at < LOOKING_MS;
    }

    /** The first tab of this browser to get the signal claims it; the others stay quiet. */
    function claim(tag) {
        var key = 'livechat:signalled:' + user();
        var now = Date.now();
        var signalled = readJson(key) || {};
        Object.keys(signalled).forEach(function (old) {
            if (now - signalled[old] > SIGNALLED_MS) {
                delete signalled[old];
            }
        });
        if (signalled[tag]) {
            return false;
        }
        signalled[tag] = now;
        localStorage.setItem(key, JSON.stringify(signalled));
        return true;
    }

    function signal(shown) {
        var data = shown.dataset;
        if (lookingAt(data.conversation) || !(settings.sound || settings.desktop) || !claim(data.tag)) {
            return;
        }
        if (settings.sound) {
            chime();
        }
        if (settings.desktop && desktopAllowed()) {
            try {
                var notification = new window.Notification(data.title, {body: data.body, tag: data.tag});
                notification.onclick = function () {
                    window.focus();
                    if (pageBot() === Number(data.bot) && window.liveChatSelect) {
                        liveChatSelect([{name: 'handover', value: data.handover}]);
                    } else {
                        location.href = form().dataset.livechat + '?bot=' + data.bot;
                    }
                    notification.close();
                };
            } catch (e) {
                // A browser that takes notifications only from a service worker shows none; the count still shows.
            }
        }
    }

    function title(total) {
        if (baseTitle === null) {
            baseTitle = document.title;
        }
        document.title = total > 0 ? '(' + total + ') ' + baseTitle : baseTitle;
    }

    function ask(kind, id) {
        if (kind && id !== undefined && id !== null) {
            asked[kind][id] = true;
        }
        if (!timer) {
            timer = setTimeout(recount, GATHER_MS);
        }
    }

    function recount() {
        timer = null;
        if (!window.unreadRecount || LiveChatConsole.isEnded()) {
            return;
        }
        var params = kinds.map(function (kind) {
            return {name: kind, value: Object.keys(asked[kind]).join(',')};
        });
        asked = fresh();
        unreadRecount(params);
    }

    /** The newest message of the transcript shown in a visible tab: marked read once. */
    function markShown() {
        var conversation = shownConversation();
        var bot = pageBot();
        if (!conversation || bot === null || document.hidden || LiveChatConsole.isEnded() || !window.unreadMarkRead) {
            return;
        }
        var newest = 0;
        document.querySelectorAll('#lc\\:transcript .livechat-msg[data-id]').forEach(function (message) {
            newest = Math.max(newest, Number(message.dataset.id) || 0);
        });
        var handover = document.getElementById('lc:conversation').dataset.handover;
        var key = conversation + ':' + newest + ':' + handover;
        if (key !== marked) {
            marked = key;
            var params = [{name: 'bot', value: bot}, {name: 'conversation', value: conversation}];
            if (newest > 0) {
                params.push({name: 'message', value: newest});
            }
            unreadMarkRead(params);
        }
    }

    // Registered once the page is there: console.js, which defines LiveChatConsole, may come after this script.
    document.addEventListener('DOMContentLoaded', function () {
        LiveChatConsole.on('handover', function (event) {
            ask('handovers', event.handoverId);
            if (event.action === 'REQUESTED') {
                ask('requested', event.handoverId);
            }
        });
        LiveChatConsole.on('message', function (event) {
            if (event.fromUser) {
                ask('conversations', event.conversationId);
                ask('messages', event.messageId);
            }
        });
        LiveChatConsole.on('read', function (event) {
            ask('conversations', event.conversationId);
        });
        // The socket came back: what changed while it was away is counted again.
        LiveChatConsole.on('open', function () {
            ask();
        });
        load();
        showSwitches();
        UnreadSignals.counted();
        document.getElementById('signals-sound').addEventListener('click', toggleSound);
        document.getElementById('signals-desktop').addEventListener('click', toggleDesktop);
        // A transcript shown or rendered again may show a newer message (PrimeFaces announces only global requests).
        var conversation = document.querySelector('.livechat-conversation');
        if (conversation && 'MutationObserver' in window) {
            var settling = null;
            new MutationObserver(function () {
                clearTimeout(settling);
                settling = setTimeout(function () {
                    markShown();
                    noteLooking();
                }, 50);
            }).observe(conversation, {childList: true, subtree: true});
        }
        markShown();
        noteLooking();
    });
    document.addEventListener('pointerdown', function () {
        if (settings.sound) {
            wakeAudio();
        }
    });
    document.addEventListener('visibilitychange', markShown);
    window.addEventListener('focus', function () {
        markShown();
        noteLooking();
    });
    window.addEventListener('blur', noteLooking);
    window.addEventListener('pagehide', forgetLooking);
    setInterval(noteLooking, LOOKING_MS / 3);

    return {
        /** After the recount command: the title, the badges and cells asked about, and the signals. */
        counted: function () {
            var shown = patch();
            if (!shown) {
                return;
            }
            title(Number(shown.dataset.total) || 0);
            shown.querySelectorAll('[data-row]').forEach(function (row) {
                document.querySelectorAll('#lc\\:handovers [data-unread-for="' + row.dataset.row + '"]').forEach(function (badge) {
                    badge.textContent = row.dataset.count;
                    badge.classList.toggle('livechat-gone', Number(row.dataset.count) === 0);
                });
            });
            shown.querySelectorAll('[data-for-bot]').forEach(function (bot) {
                document.querySelectorAll('[data-unread-bot="' + bot.dataset.forBot + '"]').forEach(function (cell) {
                    var some = Number(bot.dataset.count) > 0;
                    cell.textContent = bot.dataset.count;
                    cell.classList.toggle('dashboard-unread-some', some);
                    cell.classList.toggle('dashboard-unread-none', !some);
                });
            });
            shown.querySelectorAll('[data-tag]').forEach(signal);
        }
    };
})();
