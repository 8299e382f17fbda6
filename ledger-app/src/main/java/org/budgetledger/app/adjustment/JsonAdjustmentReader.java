package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.MoneyUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON adjustment file: a list of {@link AdjustmentRequest} objects. Entries are read one
 * by one from a stream so that each error names the entry's index and the line it starts on.
 */
final class JsonAdjustmentReader {
  // Unknown properties are errors: a misspelt "amout" must not quietly record nothing. Entries
  // are read one at a time from the list, so the tokens after each are the next entry's.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonAdjustmentReader() {}

  static List<AdjustmentEntry> read(
      String file, byte[] content, BudgetId budget, Actor actor, MoneyUnit typedIn) {
    List<AdjustmentEntry> entries = new ArrayList<>();
    Map<String, EntryId> byRequest = new HashMap<>();
    try (JsonParser parser = JSON.createParser(content)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new AdjustmentFileException(
            new FilePlace(file, line(parser), 0),
            "(file)",
            "a JSON adjustment file is a list of entries: [ {...}, {...} ]");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        FilePlace place = new FilePlace(file, line(parser), entries.size() + 1);
        AdjustmentRequest request = readOne(parser, place);
        try {
          AdjustmentEntry entry =
              AdjustmentRequests.toEntry(place, budget, request, actor, byRequest, typedIn);
          byRequest.put(entry.requestId(), entry.entryId());
          entries.add(entry);
        } catch (InvalidRequestException e) {
          throw new AdjustmentFileException(place, e.field(), detail(e));
        } catch (IllegalArgumentException e) {
          throw new AdjustmentFileException(place, "(entry)", e.getMessage());
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new AdjustmentFileException(
            new FilePlace(file, line(parser), entries.size() + 1),
            "(entry)",
            "each entry is a JSON object");
      }
    } catch (AdjustmentFileException e) {
      throw e;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new AdjustmentFileException(
          new FilePlace(file, line, entries.size() + 1), "(json)", e.getOriginalMessage());
    }
    return entries;
  }

  private static AdjustmentRequest readOne(JsonParser parser, FilePlace place) {
    try {
      return JSON.readValue(parser, AdjustmentRequest.class);
    } catch (DatabindException e) {
      String field =
          e.getPath().stream()
              .map(
                  r ->
                      r.getPropertyName() != null
                          ? "." + r.getPropertyName()
                          : "[" + r.getIndex() + "]")
              .reduce("", String::concat)
              .replaceFirst("^\\.", "");
      throw new AdjustmentFileException(
          place, field.isEmpty() ? "(entry)" : field, e.getOriginalMessage());
    }
  }

  /** The request's message without the field path, which the file error prints itself. */
  static String detail(InvalidRequestException e) {
    String prefix = e.field() + ": ";
    return e.getMessage().startsWith(prefix)
        ? e.getMessage().substring(prefix.length())
        : e.getMessage();
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
