package io.livechat.handover.view;

import io.livechat.console.Texts;
import io.livechat.contact.boundary.ContactNotes;
import io.livechat.contact.boundary.ContactProfile;
import io.livechat.contact.boundary.Contacts;
import io.livechat.contact.boundary.NoteView;
import io.livechat.conversation.boundary.ConversationTags;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.boundary.PageRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Contact details section of the Live Chat page: the profile of the user of the selected
 * conversation, the notes about them and the conversation's tags. It follows the conversation
 * selected in {@link ConversationBacking} and reads again when that changes or a push says so.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConversationBacking conversation;

    @Inject
    private Contacts contacts;

    @Inject
    private ContactNotes notes;

    @Inject
    private ConversationTags tags;

    private String note;
    private String tag;
    private transient Long readFor;
    private transient ContactProfile profile;
    private transient List<NoteView> noteList;
    private transient List<String> tagList;

    /** Forgets what was read; the next render reads the contact again (a note or tag changed). */
    public void refresh() {
        readFor = null;
    }

    public void addNote() {
        try {
            notes.add(conversationId(), note);
            note = null;
            refresh();
        } catch (InvalidInputException e) {
            Texts.error("livechat.note.invalid", ContactNotes.MAX_LENGTH);
        }
    }

    public void addTag() {
        try {
            tagList = tags.add(conversationId(), tag);
            tag = null;
        } catch (InvalidInputException e) {
            Texts.error("livechat.tag.invalid", ConversationTags.MAX_LENGTH);
        }
    }

    public void removeTag(String removed) {
        tagList = tags.remove(conversationId(), removed);
    }

    /** Suggestions for the tag being typed: the tags the bot's conversations already have. */
    public List<String> suggest(String prefix) {
        return tags.suggestions(conversation.getSelected().handover().botId(), prefix == null ? "" : prefix.strip());
    }

    public boolean isShown() {
        return conversation.getSelected() != null;
    }

    public ContactProfile getProfile() {
        read();
        return profile;
    }

    /** The attributes the bot collected, by name. */
    public List<Map.Entry<String, String>> getAttributes() {
        List<Map.Entry<String, String>> attributes = new ArrayList<>(getProfile().attributes().entrySet());
        attributes.sort(Map.Entry.comparingByKey());
        return attributes;
    }

    public List<NoteView> getNotes() {
        read();
        return noteList;
    }

    public List<String> getTags() {
        read();
        return tagList;
    }

    private void read() {
        Long current = conversationId();
        if (!current.equals(readFor)) {
            profile = contacts.profileOf(current);
            // The newest notes: older ones are for the API's next pages.
            noteList = notes.ofConversation(current, PageRequest.first(PageRequest.MAX_LIMIT)).items();
            tagList = tags.of(current);
            readFor = current;
        }
    }

    private Long conversationId() {
        return conversation.getSelected().handover().conversationId();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
