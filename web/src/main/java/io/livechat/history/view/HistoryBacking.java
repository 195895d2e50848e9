package io.livechat.history.view;

import io.livechat.bot.boundary.BotSummary;
import io.livechat.bot.boundary.Bots;
import io.livechat.console.Refusals;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Responder;
import io.livechat.history.boundary.History;
import io.livechat.history.boundary.HistoryFilter;
import io.livechat.history.boundary.HistoryResults;
import io.livechat.export.Format;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * The history of a bot's conversations (console/history.xhtml). Its filters are the URL's, so a
 * search is bookmarked and shared as a link: {@code bot}, {@code q}, {@code channel}, {@code state}
 * and the viewer's {@code zone}. A bot the caller may not see is refused (the 403 page) before
 * anything shows; a filter it cannot read is a message on the page, and nothing is searched.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private History history;

    @Inject
    private Bots bots;

    private Long bot;
    private String q;
    private String channel;
    private String state;
    private ZoneId zone;

    private List<BotSummary> botChoices = List.of();
    private String botName;
    private HistoryFilter filter;
    private HistoryModel model;
    private transient HistoryResults results;

    /** The view action: checks the bot (403), then reads the filters; searches only with all of them right. */
    public void open() {
        botChoices = bots.ofCaller();
        if (bot == null) {
            if (botChoices.isEmpty()) {
                return;
            }
            bot = botChoices.get(0).id();
        }
        botName = history.botName(bot);
        Optional<Channel> onChannel = parse(Channel.class, channel, "channel");
        Optional<Responder> inState = parse(Responder.class, state, "state");
        if (q != null && q.strip().length() > HistoryFilter.MAX_TEXT) {
            Refusals.show("q", "history.q.tooLong", HistoryFilter.MAX_TEXT);
        }
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            filter = new HistoryFilter(bot, q, onChannel.orElse(null), inState.orElse(null));
            model = new HistoryModel(this);
        }
    }

    private <E extends Enum<E>> Optional<E> parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .or(() -> {
                    Refusals.show(parameter, "history." + parameter + ".invalid", value.length() > 40
                            ? value.substring(0, 40) + "…" : value);
                    return Optional.empty();
                });
    }

    /** A page of the results (the lazy table asks). */
    HistoryResults search(int first, int size) {
        results = history.search(filter, first, size);
        return results;
    }

    /** Downloads every match in the format ({@code csv}, {@code xlsx}, {@code pdf}): an ajax="false" button's action. */
    public void export(String format) throws IOException {
        HistoryExport.send(history, filter, botName, zone(), Format.of(format).orElseThrow(
                () -> new NotFoundException("Export format", format)));
    }

    /** What the last search found: its count, whether more match, the words not searched. */
    public HistoryResults getResults() {
        if (results == null && filter != null) {
            results = history.search(filter, 0, 0);
        }
        return results;
    }

    public boolean isSearched() {
        return filter != null;
    }

    public HistoryModel getModel() {
        return model;
    }

    /** The words not searched, each in quotes: “of”, “my”. */
    public String quoted(List<String> words) {
        return words.stream().map(word -> "\u201c" + word + "\u201d").collect(Collectors.joining(", "));
    }

    public String time(Instant at) {
        return HistoryTimes.shown(at, zone);
    }

    /** The zone the URL names (UTC without one): the page's times, its links and exports are in it. */
    public ZoneId zone() {
        return HistoryTimes.zone(zone);
    }

    public String getBotName() {
        return botName;
    }

    public List<BotSummary> getBotChoices() {
        return botChoices;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public List<Responder> getStates() {
        return List.of(Responder.values());
    }

    public Long getBot() {
        return bot;
    }

    public void setBot(Long bot) {
        this.bot = bot;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }
}
