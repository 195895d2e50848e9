/*
 * Transfer and Reassign on the Live Chat page. A chat moved from one agent to another stays ASSIGNED, so
 * livechat.js, which reads a selected conversation again when its state changes, would keep the old
 * holder's composer: this reads it again on every page that shows it, and lets the agent it went to
 * read who moved it and the note (a message of the page).
 */
var LiveChatRouting = (function () {
    'use strict';

    var MOVES = ['TRANSFERRED', 'REASSIGNED'];

    function selected() {
        var panel = document.getElementById('lc:conversation');
        return panel ? panel.dataset : {};
    }

    return {
        init: function (botId) {
            LiveChatConsole.on('handover', function (event) {
                if (event.botId !== botId || MOVES.indexOf(event.action) < 0) {
                    return;
                }
                var handover = [{name: 'handover', value: event.handoverId}];
                if (String(event.handoverId) === selected().handover) {
                    liveChatRefreshSelected(handover);
                }
                liveChatMoved(handover);
            });
        }
    };
})();
