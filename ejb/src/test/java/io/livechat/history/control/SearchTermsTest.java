package io.livechat.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void eachWordIsARequiredPrefixAndShortWordsAndStopwordsAreNotSearched() {
        SearchTerms terms = SearchTerms.of("  The refund of my Chargeback, ok?  ", 3);
        assertEquals(List.of("refund", "chargeback"), terms.words());
        assertEquals(List.of("The", "of", "my", "ok"), terms.notSearched());
        assertEquals("+refund* +chargeback*", terms.booleanQuery());
        assertEquals("The refund of my Chargeback, ok?", terms.text());
    }

    @Test
    void operatorsOfTheBooleanModeAreNeverPassedOn() {
        SearchTerms terms = SearchTerms.of("-refund +\"x\" (müller)* ~warm <a >b @c", 3);
        assertEquals(List.of("refund", "müller", "warm"), terms.words());
        assertEquals("+refund* +müller* +warm*", terms.booleanQuery());
    }

    @Test
    void aWordIsSearchedOnceAndTheMinimumComesFromTheIndex() {
        assertEquals(List.of("ab", "cd"), SearchTerms.of("ab AB cd", 2).words());
        assertEquals(List.of("ab", "AB", "cd"), SearchTerms.of("ab AB cd", 4).notSearched());
    }

    @Test
    void onlyStopwordsLeaveNothingForTheIndexesButTheTextStaysAPrefix() {
        SearchTerms terms = SearchTerms.of("about", 3);
        assertFalse(terms.hasWords());
        assertFalse(terms.isBlank());
        assertEquals("about%", terms.likePrefix());
    }

    @Test
    void likePrefixesEscapeTheirWildcardsAndTagsCompareAsTagsAreKept() {
        SearchTerms terms = SearchTerms.of(" 50%_off!  VIP ", 3);
        assertEquals("50!%!_off!!  VIP%", terms.likePrefix());
        assertEquals("50!%!_off!! vip%", terms.tagPrefix());
    }

    @Test
    void aTextMatchesWhenEveryWordStartsOneOfItsWordsCaseAndAccentsAside() {
        SearchTerms terms = SearchTerms.of("mull refund", 3);
        assertTrue(terms.matches("Frau MÜLLER asked for her refunds"));
        assertFalse(terms.matches("Frau Müller asked"));
        assertFalse(terms.matches("unrefunded by Müller"), "a prefix of a word, not a part of one");
        assertEquals(5, terms.firstMatch("Frau Müller: refund"));
    }

    @Test
    void anExcerptStartsAtAWordBeforeTheMatchAndIsCut() {
        String text = "word ".repeat(20) + "chargeback " + "tail ".repeat(60);
        int at = text.indexOf("chargeback");
        String excerpt = ResultRows.excerpt(text, at);
        assertTrue(excerpt.startsWith("…word"), excerpt);
        assertTrue(excerpt.contains("chargeback"), excerpt);
        assertTrue(excerpt.endsWith("…"), excerpt);
        assertEquals("short chargeback", ResultRows.excerpt("short chargeback", 6));
    }
}
