/*
 * Private notes on the Live Chat page (WEB-INF/livechat/private-note.xhtml): the assignee's composer
 * switches between Reply and Private note (the choice stays while the page re-renders the section);
 * everyone else on the page has the note composer only. Enter adds the note, Shift+Enter starts a new
 * line. A 'private-note' push about the selected conversation renders its transcript again.
 */
var LiveChatNotes = (function () {
    var mode = 'reply';

    function byId(id) {
        return document.getElementById(id);
    }

    /** Shows the composer of the mode; without a reply composer (not the assignee) the note composer shows alone. */
    function apply() {
        var reply = byId('lc:composer');
        var note = byId('lc:privateNoteComposer');
        if (!note) {
            return;
        }
        var noting = !reply || mode === 'note';
        note.classList.toggle('livechat-gone', !noting);
        if (reply) {
            reply.classList.toggle('livechat-gone', noting);
        }
        ['reply', 'note'].forEach(function (each) {
            var button = byId('livechat-mode-' + each);
            if (button) {
                button.setAttribute('aria-pressed', String(each === (noting ? 'note' : 'reply')));
            }
        });
    }

    return {
        init: function (botId) {
            LiveChatConsole.on('private-note', function (event) {
                var panel = byId('lc:conversation');
                if (event.botId === botId && panel && String(event.conversationId) === panel.dataset.conversation) {
                    liveChatRefreshTranscript();
                }
            });
            document.addEventListener('DOMContentLoaded', function () {
                apply();
                if (window.jQuery) {
                    jQuery(document).on('pfAjaxComplete', apply);
                }
            });
        },
        /** Reply or Private note ('reply' | 'note'), with the field of the mode focused. */
        mode: function (chosen) {
            mode = chosen;
            apply();
            var field = byId(mode === 'note' ? 'lc:privateNote' : 'lc:reply');
            if (field) {
                field.focus();
            }
        },
        key: function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                byId('lc:addPrivateNote').click();
                return false;
            }
            return true;
        },
        added: function () {
            LiveChatPage.scrolled();
            var field = byId('lc:privateNote');
            if (field) {
                field.focus();
            }
        }
    };
})();
