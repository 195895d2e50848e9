package io.livechat.shared.entity;

/**
 * Query hints of the persistence provider that the JPQL alone cannot say. EclipseLink ignores a
 * nested JOIN FETCH past its first level and reads each related row on its own (a query per row,
 * seen in the database's log); its join-fetch hint fetches the path in the same query. Other
 * providers ignore the hint and follow the JPQL.
 */
public final class FetchHints {

    /** EclipseLink's hint that fetches a path of relations (such as {@code m.conversation.contact}) in the query's join. */
    public static final String JOIN_FETCH = "eclipselink.join-fetch";

    private FetchHints() {
    }
}
