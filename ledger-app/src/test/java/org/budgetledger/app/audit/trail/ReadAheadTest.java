package org.budgetledger.app.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  @Test
  void passesEveryElementInOrder() {
    List<Long> seen = new ArrayList<>();
    try (ReadAhead<Long> ahead =
        new ReadAhead<>(LongStream.range(0, 10_000).boxed().iterator(), 2, "test-reader")) {
      ahead.forEachRemaining(seen::add);
    }
    assertThat(seen).isEqualTo(LongStream.range(0, 10_000).boxed().toList());
  }

  @Test
  void closingEarlyStopsTheReaderWithinTheQueuedBatches() {
    AtomicLong pulled = new AtomicLong();
    Iterator<Long> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Long next() {
            return pulled.incrementAndGet();
          }
        };
    try (ReadAhead<Long> ahead = new ReadAhead<>(endless, 2, "test-reader")) {
      assertThat(ahead.next()).isEqualTo(1L);
    }
    long afterClose = pulled.get();
    assertThat(afterClose).isLessThan(10_000);
    assertThat(pulled.get()).isEqualTo(afterClose);
  }

  @Test
  void aFailureOfTheSourceReachesTheConsumerAfterTheElementsBeforeIt() {
    Iterator<Integer> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (n == 300) {
              throw new IllegalStateException("connection lost");
            }
            return n++;
          }
        };
    List<Integer> seen = new ArrayList<>();
    try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, 4, "test-reader")) {
      assertThatThrownBy(() -> ahead.forEachRemaining(seen::add)).hasMessage("connection lost");
    }
    assertThat(seen).hasSize(256);
  }
}
