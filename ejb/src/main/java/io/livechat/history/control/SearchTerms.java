package io.livechat.history.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a history search looks for, read from the typed text as InnoDB's full-text parser reads a
 * message: words are runs of letters, digits and underscores. Each word is a required prefix term
 * ({@code +word*}); a word shorter than the index's minimum token size, or one of InnoDB's default
 * stopwords, is in no index list, so it is not searched and the page names it. The whole text, as it
 * was typed, is also a prefix of a tag or a visitor id (B-tree ranges, no full-text parse).
 *
 * @param text        the typed text, stripped
 * @param words       the searched words, lower-case, each once, in the order typed
 * @param notSearched the words left out, as typed
 */
public record SearchTerms(String text, List<String> words, List<String> notSearched) {

    /** InnoDB's longest token (innodb_ft_max_token_size's default): longer words are in no index. */
    static final int MAX_WORD = 84;

    /** InnoDB's default stopword list (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}_]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public SearchTerms {
        words = List.copyOf(words);
        notSearched = List.copyOf(notSearched);
    }

    /** The terms of the typed text, for an index whose shortest token has {@code minLength} characters. */
    public static SearchTerms of(String typed, int minLength) {
        String text = typed == null ? "" : typed.strip();
        Set<String> words = new LinkedHashSet<>();
        Set<String> left = new LinkedHashSet<>();
        for (String word : WORD_SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int length = lower.codePointCount(0, lower.length());
            if (length < minLength || length > MAX_WORD || STOPWORDS.contains(lower)) {
                left.add(word);
            } else {
                words.add(lower);
            }
        }
        return new SearchTerms(text, new ArrayList<>(words), new ArrayList<>(left));
    }

    /** Nothing typed: every conversation of the bot, newest first. */
    public boolean isBlank() {
        return text.isEmpty();
    }

    /** The full-text query of the words, for MATCH ... AGAINST (... IN BOOLEAN MODE): each a required prefix. */
    public String booleanQuery() {
        return words.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" "));
    }

    /** Whether the words can be looked up in the full-text indexes (some word was searchable). */
    public boolean hasWords() {
        return !words.isEmpty();
    }

    /** The LIKE pattern of a value starting with the whole text, LIKE's wildcards escaped with '!'. */
    public String likePrefix() {
        return likePrefix(text);
    }

    /** The LIKE pattern of a tag starting with the text, which tags keep lower-case with single spaces. */
    public String tagPrefix() {
        return likePrefix(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static String likePrefix(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * Whether the text holds every word as the start of one of its words, comparing as the tables'
     * utf8mb4_unicode_ci does for letters (case and accents aside): the rule the snippet is picked by.
     */
    public boolean matches(String candidate) {
        if (words.isEmpty() || candidate == null) {
            return false;
        }
        List<String> tokens = List.of(WORD_SEPARATORS.split(folded(candidate)));
        return words.stream().map(SearchTerms::folded)
                .allMatch(word -> tokens.stream().anyMatch(token -> token.startsWith(word)));
    }

    /** Where the first word starts in the text (as {@link #matches} compares), -1 where none does. */
    public int firstMatch(String candidate) {
        String text = folded(candidate);
        int first = -1;
        for (String word : words) {
            String folded = folded(word);
            var found = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(folded)).matcher(text);
            if (found.find() && (first < 0 || found.start() < first)) {
                first = found.start();
            }
        }
        return first;
    }

    /**
     * Lower-case without accents. A text in composed form (as browsers and channels send it) keeps
     * its length, so a position found in the folded text is one in the text.
     */
    static String folded(String value) {
        return MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
