/*
 * Live updates for the console pages. <o:socket channel="console"> hands every push to
 * LiveChatConsole.receive; a page registers what it does for each kind of push:
 *   LiveChatConsole.on('handover', function (event) { ... });   // event.botId, event.handoverId, ...
 * Kinds: handover (a transition), message (a new message in a conversation), typing (a visitor types),
 * note (a note on a conversation's contact), tags (a conversation's tags changed).
 */
var LiveChatConsole = (function () {
    var handlers = {};
    return {
        on: function (type, handler) {
            (handlers[type] = handlers[type] || []).push(handler);
        },
        receive: function (message) {
            var event = typeof message === 'string' ? JSON.parse(message) : message;
            (handlers[event.type] || []).forEach(function (handler) {
                handler(event);
            });
        }
    };
})();
