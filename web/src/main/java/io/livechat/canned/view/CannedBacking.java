package io.livechat.canned.view;

import io.livechat.canned.boundary.CannedResponses;
import io.livechat.canned.boundary.CannedView;
import io.livechat.console.Refusals;
import io.livechat.console.Texts;
import io.livechat.handover.boundary.Desk;
import io.livechat.handover.boundary.Desks;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Canned responses page of one bot ({@code ?bot=ID}): the list for everyone who may see the bot,
 * and for its managers and admins the form that writes one (new, or the one picked with Edit) and
 * Delete. A push about the bot's canned responses reads the list again.
 */
@Named
@ViewScoped
public class CannedBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SHORTCUT_FIELD = "editor:shortcut";
    private static final String TEXT_FIELD = "editor:text";

    @Inject
    private CannedResponses canned;

    @Inject
    private Desks desks;

    private Long bot;
    private Desk desk;
    private transient List<CannedView> responses;
    private Long editing;
    private String shortcut;
    private String text;

    /** The view action: refuses a caller who may not see the bot (the 403 page). */
    public void open() {
        if (bot == null) {
            throw new NotFoundException("Bot", "(no bot parameter)");
        }
        desk = desks.of(bot);
    }

    public void refresh() {
        responses = null;
    }

    public void edit(CannedView picked) {
        editing = picked.id();
        shortcut = picked.shortcut();
        text = picked.text();
    }

    public void cancel() {
        editing = null;
        shortcut = null;
        text = null;
    }

    public void save() {
        try {
            CannedView saved = editing == null ? canned.create(bot, shortcut, text)
                    : canned.update(bot, editing, shortcut, text);
            Texts.info("canned.saved", saved.shortcut());
            cancel();
        } catch (BusinessException e) {
            Refusals.show(e.type().startsWith("text") ? TEXT_FIELD : SHORTCUT_FIELD, e);
        }
        refresh();
    }

    public void delete(CannedView picked) {
        try {
            canned.delete(bot, picked.id());
            Texts.info("canned.deleted", picked.shortcut());
            if (picked.id() == (editing == null ? -1 : editing)) {
                cancel();
            }
        } catch (BusinessException e) {
            Refusals.show(null, e);
        }
        refresh();
    }

    public List<CannedView> getResponses() {
        if (responses == null) {
            responses = canned.ofBot(bot);
        }
        return responses;
    }

    /** Managers of the bot and admins write; everyone else reads. */
    public boolean isEditor() {
        return desk.supervisor();
    }

    public Desk getDesk() {
        return desk;
    }

    public Long getBot() {
        return bot;
    }

    public void setBot(Long bot) {
        this.bot = bot;
    }

    public Long getEditing() {
        return editing;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
