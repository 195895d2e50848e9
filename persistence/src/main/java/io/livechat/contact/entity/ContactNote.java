package io.livechat.contact.entity;

import io.livechat.agent.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A note an agent or admin keeps on a contact for later reference. Notes are never edited. */
@Entity
@Table(name = "contact_note")
@NamedQuery(name = ContactNote.OF_CONTACT, query = "SELECT n FROM ContactNote n JOIN FETCH n.author"
        + " WHERE n.contact.id = :contactId ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = ContactNote.OF_CONTACT_BEFORE, query = "SELECT n FROM ContactNote n JOIN FETCH n.author"
        + " WHERE n.contact.id = :contactId AND (n.createdAt < :at OR (n.createdAt = :at AND n.id < :id))"
        + " ORDER BY n.createdAt DESC, n.id DESC")
public class ContactNote {

    /** A contact's notes, newest first. */
    public static final String OF_CONTACT = "ContactNote.ofContact";
    /** A contact's notes older than a note's key (time, then id), newest first: the next page. */
    public static final String OF_CONTACT_BEFORE = "ContactNote.ofContactBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactNote() {
    }

    public ContactNote(Contact contact, UserAccount author, String text, Instant createdAt) {
        this.contact = Objects.requireNonNull(contact);
        this.author = Objects.requireNonNull(author);
        this.text = Objects.requireNonNull(text);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Contact getContact() {
        return contact;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ContactNote n && id != null && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return ContactNote.class.hashCode();
    }
}
