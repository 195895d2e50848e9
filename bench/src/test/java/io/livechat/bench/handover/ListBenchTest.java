package io.livechat.bench.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.bench.support.Answer;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListBenchTest {

    @Test
    void theWholeListIsAnArrayWithoutANextPage() {
        assertEquals("2 items, no next page", ListBench.describePage(answer("[{},{}]", Map.of())));
    }

    @Test
    void aPageLinksTheNextOneInALinkHeader() {
        Answer page = answer("[{}]", Map.of("Link", List.of("<https://x/api/v1/bots/1/handovers?cursor=abc>; rel=\"next\"")));
        assertEquals("1 items, next page linked", ListBench.describePage(page));
    }

    @Test
    void orInANextField() {
        assertEquals("3 items, next page linked", ListBench.describePage(answer("{\"items\":[1,2,3],\"next\":\"abc\"}", Map.of())));
        assertEquals("3 items, no next page", ListBench.describePage(answer("{\"items\":[1,2,3],\"next\":null}", Map.of())));
    }

    private static Answer answer(String body, Map<String, List<String>> headers) {
        return new Answer(200, body, HttpHeaders.of(headers, (name, value) -> true), 0);
    }
}
