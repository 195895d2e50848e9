package io.livechat.conversation.entity;

import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** Stores a message's choices as a JSON array of {"id","title"}; no choices is NULL. */
@Converter
public class ChoicesConverter implements AttributeConverter<List<Choice>, String> {

    @Override
    public String convertToDatabaseColumn(List<Choice> choices) {
        if (choices == null || choices.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        choices.forEach(choice -> array.add(Jsonp.createObjectBuilder().add("id", choice.id()).add("title", choice.title())));
        return array.build().toString();
    }

    @Override
    public List<Choice> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream()
                    .map(value -> value.asJsonObject())
                    .map(object -> new Choice(object.getString("id"), object.getString("title")))
                    .toList();
        }
    }
}
