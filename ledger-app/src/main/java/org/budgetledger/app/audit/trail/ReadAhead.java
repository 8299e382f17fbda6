package org.budgetledger.app.audit.trail;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pulls a source iterator on a thread of its own, in batches through a bounded queue, so that
 * decoding the next rows overlaps with verifying the previous ones on another core. Memory stays
 * bounded by the queue, whatever the length of the source.
 *
 * <p>Use from one thread; {@link #close()} stops the reader and waits for it, so the source (and a
 * database connection under it) is idle again when it returns.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

  private static final int BATCH = 256;
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue;
  private final Thread reader;
  private volatile boolean stopped;
  private volatile RuntimeException failure;
  private Object[] batch = new Object[0];
  private int index;
  private boolean ended;

  ReadAhead(Iterator<T> source, int batchesAhead, String threadName) {
    this.queue = new ArrayBlockingQueue<>(batchesAhead);
    this.reader = new Thread(() -> pull(source), threadName);
    this.reader.setDaemon(true);
    this.reader.start();
  }

  @Override
  public boolean hasNext() {
    while (!ended && index == batch.length) {
      batch = take();
      index = 0;
      if (batch == END) {
        ended = true;
        if (failure != null) {
          throw failure;
        }
      }
    }
    return !ended;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = (T) batch[index];
    batch[index++] = null;
    return element;
  }

  @Override
  public void close() {
    stopped = true;
    queue.clear();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the log reader", e);
    }
  }

  private void pull(Iterator<T> source) {
    try {
      while (!stopped) {
        Object[] next = new Object[BATCH];
        int n = 0;
        while (n < BATCH && source.hasNext()) {
          next[n++] = source.next();
        }
        if (n > 0 && !offer(n == BATCH ? next : Arrays.copyOf(next, n))) {
          return;
        }
        if (n < BATCH) {
          break;
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      // Handed over too, or the consumer would wait for ever for a reader that has died.
      failure = new IllegalStateException("the log reader failed", e);
    }
    offer(END);
  }

  /** Waits for room unless the consumer has stopped; false when it has. */
  private boolean offer(Object[] element) {
    try {
      while (!stopped) {
        if (queue.offer(element, 50, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Object[] take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the event log", e);
    }
  }
}
