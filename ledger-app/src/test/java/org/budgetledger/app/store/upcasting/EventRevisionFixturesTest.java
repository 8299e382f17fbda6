package org.budgetledger.app.store.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.budgetledger.app.store.SerializerConfiguration;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every released event revision stays readable: each JSON fixture under {@code
 * src/test/resources/events} ({@code <Event>-<revision>.json}, as stored in
 * domain_event_entry.payload) deserializes, through the upcaster chain, to the current event.
 */
class EventRevisionFixturesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/events");
  private final Serializer serializer =
      Jackson3Serializer.builder()
          .jsonMapperBuilderCustomizer(new SerializerConfiguration().trustedTypesOnly())
          .build();
  private final EventUpcasterChain upcasters =
      new EventUpcasterChain(new BudgetOpenedEventUpcaster());

  static Stream<Path> fixtures() throws IOException {
    return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  BudgetEvent read(Path fixture) throws IOException {
    String name = fixture.getFileName().toString().replace(".json", "");
    String type = "org.budgetledger.core.budget.api." + name.substring(0, name.lastIndexOf('-'));
    String revision = name.substring(name.lastIndexOf('-') + 1);
    var entry =
        new GenericDomainEventEntry<>(
            "DepartmentBudget",
            "2026-201",
            0,
            "e-" + name,
            "2026-02-12T08:00:00Z",
            type,
            revision,
            Files.readString(fixture),
            "{}");
    List<?> events =
        EventStreamUtils.asStream(
                EventStreamUtils.upcastAndDeserializeDomainEvents(
                    Stream.of(entry), serializer, upcasters))
            .map(m -> m.getPayload())
            .toList();
    return (BudgetEvent) events.get(0);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyStoredRevisionReadsAsTheCurrentEvent(Path fixture) throws IOException {
    BudgetEvent event = read(fixture);
    assertThat(event.getClass().getSimpleName())
        .isEqualTo(fixture.getFileName().toString().replaceAll("-\\d+\\.json$", ""));
    assertThat(event.budgetId().toString()).isEqualTo("2026-201");
    assertThat(event.basis().number()).isNotBlank();
  }

  @Test
  void revisionZeroOfBudgetOpenedGainsSixDecimals() throws IOException {
    BudgetOpenedEvent old = (BudgetOpenedEvent) read(FIXTURES.resolve("BudgetOpenedEvent-0.json"));
    BudgetOpenedEvent now = (BudgetOpenedEvent) read(FIXTURES.resolve("BudgetOpenedEvent-1.json"));
    assertThat(old.displayDecimals()).isEqualTo(6);
    assertThat(now.displayDecimals()).isEqualTo(2);
    assertThat(old.units()).isEqualTo(now.units());
  }

  @Test
  void entryAmountsAreExactFenInTheStoredJson() throws IOException {
    EntryRecordedEvent e = (EntryRecordedEvent) read(FIXTURES.resolve("EntryRecordedEvent-1.json"));
    assertThat(e.spendingLegs().get(0).amount().value()).isEqualTo(404_140_000L);
    assertThat(Files.readString(FIXTURES.resolve("EntryRecordedEvent-1.json")))
        .contains("\"amount\":404140000");
  }

  /** Income legs stored before earmarks (issue 11) read as legs of no earmark. */
  @Test
  void incomeLegsStoredBeforeEarmarksReadWithNone() throws IOException {
    EntryRecordedEvent e = (EntryRecordedEvent) read(FIXTURES.resolve("EntryRecordedEvent-1.json"));
    assertThat(Files.readString(FIXTURES.resolve("EntryRecordedEvent-1.json")))
        .doesNotContain("earmark");
    assertThat(e.incomeLegs()).singleElement().satisfies(l -> assertThat(l.earmark()).isNull());
    assertThat(e.incomeLegs().get(0).amount().value()).isEqualTo(404_140_000L);
  }
}
