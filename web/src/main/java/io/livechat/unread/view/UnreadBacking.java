package io.livechat.unread.view;

import io.livechat.console.Texts;
import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.view.LiveChatBacking;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.unread.boundary.ReadState;
import io.livechat.unread.boundary.Signal;
import io.livechat.unread.boundary.Unread;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/**
 * The unread signals of the console page being rendered (WEB-INF/unread/signals.xhtml in every page's
 * header, a badge on each Live Chat row, a column on the dashboard). {@code unread.js} asks it, through
 * the recount command, about the pushes of the last moment: it answers the counts they changed, the
 * total for the tab title (the bot's on its Live Chat, every bot's elsewhere) and what to signal.
 */
@Named
@RequestScoped
public class UnreadBacking {

    @Inject
    private Unread unread;

    @Inject
    private Instance<LiveChatBacking> liveChat;

    private final Set<Long> handovers = new LinkedHashSet<>();
    private final Set<Long> conversations = new LinkedHashSet<>();
    private final Set<Long> requested = new LinkedHashSet<>();
    private final Set<Long> messages = new LinkedHashSet<>();
    private final Map<Long, Integer> rowCounts = new HashMap<>();
    private Map<Long, Long> perBot;
    private Long total;
    private List<RowCount> rows;
    private List<SignalView> signals;

    /** The recount command: the handovers, conversations, new handovers and user's messages pushed (ids, comma-separated). */
    public void recount() {
        handovers.addAll(ids("handovers"));
        conversations.addAll(ids("conversations"));
        requested.addAll(ids("requested"));
        messages.addAll(ids("messages"));
    }

    /** The Live Chat page showed the conversation ({@code bot}, {@code conversation}) up to {@code message}. */
    public void markRead() {
        Long bot = Faces.getRequestParameter("bot", Long::valueOf);
        Long conversation = Faces.getRequestParameter("conversation", Long::valueOf);
        if (bot != null && conversation != null) {
            try {
                ReadState state = unread.markRead(bot, conversation, Faces.getRequestParameter("message", Long::valueOf));
                if (state.handoverId() != null) {
                    handovers.add(state.handoverId());
                }
            } catch (BusinessException gone) {
                // The conversation left the bot's or the caller's sight meanwhile: there is nothing to mark.
            }
        }
    }

    /** What the caller has not seen of the row's handover; the page's rows are counted together, at the first. */
    public int of(HandoverView handover) {
        if (!rowCounts.containsKey(handover.id())) {
            Set<Long> shown = new LinkedHashSet<>(List.of(handover.id()));
            if (liveChat.isResolvable()) {
                LiveChatBacking page = liveChat.get();
                Stream.of(page.getPending().getItems(), page.getAssigned().getItems()).flatMap(List::stream)
                        .map(item -> item.handover().id()).forEach(shown::add);
                page.getChanges().stream().map(LiveChatBacking.RowChange::item).filter(Objects::nonNull)
                        .map(HandoverItem::handover).map(HandoverView::id).forEach(shown::add);
            }
            shown.removeAll(rowCounts.keySet());
            Map<Long, Integer> read = quietly(() -> unread.ofHandovers(handover.botId(), shown), Map.of());
            shown.forEach(id -> rowCounts.put(id, read.getOrDefault(id, 0)));
        }
        return rowCounts.get(handover.id());
    }

    /** The rows the pushes asked about, with their counts now (on the Live Chat page of the bot). */
    public List<RowCount> rows(Long bot) {
        if (rows == null) {
            rows = bot == null || handovers.isEmpty() && conversations.isEmpty() ? List.of() : quietly(() -> {
                Map<Long, Integer> counts = new HashMap<>(unread.ofHandovers(bot, handovers));
                counts.putAll(unread.ofConversations(bot, conversations));
                handovers.forEach(id -> counts.putIfAbsent(id, 0));
                return counts.entrySet().stream().map(count -> new RowCount(count.getKey(), count.getValue())).toList();
            }, List.of());
        }
        return rows;
    }

    /** The tab title's count: what the caller has not seen at the bot, or (null) at every bot they may see. */
    public long total(Long bot) {
        if (total == null) {
            total = bot == null ? getPerBot().values().stream().mapToLong(Long::longValue).sum()
                    : quietly(() -> unread.total(bot), 0L);
        }
        return total;
    }

    /** The caller's total at each of their bots, for the dashboard. */
    public Map<Long, Long> getPerBot() {
        if (perBot == null) {
            perBot = quietly(unread::perBot, Map.of());
        }
        return perBot;
    }

    public long ofBot(long botId) {
        return getPerBot().getOrDefault(botId, 0L);
    }

    /** Each bot's count for the dashboard's cells: on pages of no one bot (null) only. */
    public List<BotCount> botCounts(Long bot) {
        return bot != null ? List.of() : getPerBot().entrySet().stream()
                .map(count -> new BotCount(count.getKey(), count.getValue())).toList();
    }

    /** What the pushes asked about should signal to the caller, with the notification's texts. */
    public List<SignalView> getSignals() {
        if (signals == null) {
            signals = requested.isEmpty() && messages.isEmpty() ? List.of()
                    : quietly(() -> unread.signals(requested, messages), List.<Signal>of()).stream()
                    .map(UnreadBacking::view).toList();
        }
        return signals;
    }

    private static SignalView view(Signal signal) {
        boolean handover = signal.kind() == Signal.Kind.HANDOVER;
        String title = Texts.text(handover ? "unread.signal.handover" : "unread.signal.message", signal.contactName(),
                signal.botName());
        String body = handover && signal.text().isEmpty() ? Texts.text("unread.signal.waiting") : signal.text();
        return new SignalView(signal.tag(), signal.kind().name(), signal.botId(), signal.handoverId(),
                signal.conversationId(), title, body);
    }

    /** A count must never break the page: a bot that left the caller's sight meanwhile counts nothing. */
    private static <T> T quietly(Supplier<T> count, T none) {
        try {
            return count.get();
        } catch (BusinessException gone) {
            return none;
        }
    }

    private static Set<Long> ids(String parameter) {
        String value = Faces.getRequestParameter(parameter);
        return value == null ? Set.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).limit(200)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A bot's count, for the dashboard to put in its cell. */
    public record BotCount(long botId, long unread) {
    }

    /** A row's count, for the page to put on its badge. */
    public record RowCount(long handoverId, int unread) {
    }

    /** A signal as the page shows it: a desktop notification's tag, title and body, and where a click leads. */
    public record SignalView(String tag, String kind, long botId, long handoverId, long conversationId, String title,
                             String body) {
    }
}
