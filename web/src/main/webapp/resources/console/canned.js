/*
 * Canned responses in the Live Chat composer: "/" at the start of the reply (or after a space or a
 * new line) opens the bot's canned responses whose shortcut starts with what follows (then those that
 * contain it). Arrow keys move, Enter or Tab or a click inserts the text in place of "/shortcut", with
 * {name} the user's name (as the Conversation section shows it) and {agent} the agent's; nothing is
 * sent until the agent sends. While the menu is open Enter inserts and never sends, Escape closes it.
 * The responses come from the page (WEB-INF/livechat/canned.xhtml), rendered again on a 'canned' push.
 */
var LiveChatCanned = (function () {
    var FIELDS = ['lc:reply', 'lc:privateNote'];
    var MENU_ID = 'livechat-canned-menu';
    var state = null; // {field, start, end, items, active}

    function responses() {
        var list = document.getElementById('lc:canned');
        return list ? Array.prototype.map.call(list.querySelectorAll('[data-shortcut]'), function (each) {
            return {shortcut: each.dataset.shortcut, text: each.dataset.text};
        }) : [];
    }

    function isField(element) {
        return !!element && FIELDS.indexOf(element.id) >= 0;
    }

    /** "/query" right before the caret, at the start or after whitespace: where it starts, and the query. */
    function typedShortcut(field) {
        var before = field.value.substring(0, field.selectionStart);
        var found = /(^|\s)\/([A-Za-z0-9_-]*)$/.exec(before);
        return found && field.selectionStart === field.selectionEnd
            ? {start: before.length - found[2].length - 1, end: field.selectionStart, query: found[2].toLowerCase()}
            : null;
    }

    function matching(query) {
        var all = responses();
        var starting = all.filter(function (each) {
            return each.shortcut.toLowerCase().indexOf(query) === 0;
        });
        return starting.concat(all.filter(function (each) {
            return starting.indexOf(each) < 0 && query && each.shortcut.toLowerCase().indexOf(query) > 0;
        }));
    }

    function filled(text) {
        var name = document.getElementById('contact-name');
        var list = document.getElementById('lc:canned');
        return text.replace(/\{name\}/g, name ? name.textContent.trim() : '')
            .replace(/\{agent\}/g, list ? list.dataset.agent : '');
    }

    function close() {
        var menu = document.getElementById(MENU_ID);
        if (menu) {
            menu.remove();
        }
        if (state) {
            state.field.removeAttribute('aria-activedescendant');
            state.field.setAttribute('aria-expanded', 'false');
        }
        state = null;
    }

    function render() {
        var menu = document.getElementById(MENU_ID);
        if (!menu || menu.parentNode !== state.field.parentNode) {
            if (menu) {
                menu.remove();
            }
            menu = document.createElement('ul');
            menu.id = MENU_ID;
            menu.className = 'livechat-canned-menu';
            menu.setAttribute('role', 'listbox');
            // Keeps the caret in the field: a click picks without taking the focus away.
            menu.addEventListener('mousedown', function (event) {
                event.preventDefault();
                var item = event.target.closest('li[data-index]');
                if (item && state) {
                    insert(Number(item.dataset.index));
                }
            });
            state.field.parentNode.insertBefore(menu, state.field);
        }
        menu.textContent = '';
        state.items.forEach(function (each, index) {
            var item = document.createElement('li');
            item.id = MENU_ID + '-' + index;
            item.dataset.index = index;
            item.dataset.shortcut = each.shortcut;
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', String(index === state.active));
            var shortcut = document.createElement('span');
            shortcut.className = 'livechat-canned-shortcut';
            shortcut.textContent = '/' + each.shortcut;
            var text = document.createElement('span');
            text.className = 'livechat-canned-text';
            text.textContent = filled(each.text);
            item.appendChild(shortcut);
            item.appendChild(text);
            menu.appendChild(item);
        });
        var active = document.getElementById(MENU_ID + '-' + state.active);
        if (active) {
            active.scrollIntoView({block: 'nearest'});
        }
        state.field.setAttribute('aria-expanded', 'true');
        state.field.setAttribute('aria-controls', MENU_ID);
        state.field.setAttribute('aria-activedescendant', MENU_ID + '-' + state.active);
    }

    function update(field) {
        var typed = typedShortcut(field);
        var items = typed ? matching(typed.query) : [];
        if (!items.length) {
            close();
            return;
        }
        state = {field: field, start: typed.start, end: typed.end, items: items, active: 0};
        render();
    }

    function insert(index) {
        var field = state.field;
        var text = filled(state.items[index].text);
        var start = state.start;
        field.value = field.value.substring(0, start) + text + field.value.substring(state.end);
        field.selectionStart = field.selectionEnd = start + text.length;
        close();
        field.focus();
        // The counter, the draft and the typing report follow, as for typed text.
        field.dispatchEvent(new Event('input', {bubbles: true}));
    }

    return {
        init: function (botId) {
            LiveChatConsole.on('canned', function (event) {
                if (event.botId === botId) {
                    liveChatRefreshCanned();
                }
            });
            LiveChatConsole.on('open', function () {
                liveChatRefreshCanned();
            });
            document.addEventListener('input', function (event) {
                if (isField(event.target) && event.isTrusted) {
                    update(event.target);
                }
            });
            document.addEventListener('click', function (event) {
                if (state && event.target !== state.field) {
                    close();
                } else if (isField(event.target)) {
                    update(event.target);
                }
            });
            // Capture: the menu has the keys before the field's own Enter (send) sees them.
            document.addEventListener('keydown', function (event) {
                if (!state || event.target !== state.field) {
                    return;
                }
                var count = state.items.length;
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    state.active = (state.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
                    render();
                } else if ((event.key === 'Enter' && !event.isComposing) || event.key === 'Tab') {
                    insert(state.active);
                } else if (event.key === 'Escape') {
                    close();
                } else {
                    return;
                }
                event.preventDefault();
                event.stopPropagation();
            }, true);
        },
        /** Whether the menu is open (for tests and other scripts). */
        isOpen: function () {
            return !!state;
        }
    };
})();
