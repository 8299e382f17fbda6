package org.budgetledger.app.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.budgetledger.app.store.HashingEventStorageEngine;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Several nodes on one PostgreSQL: each append announces itself at its commit ({@code NOTIFY} in
 * {@link HashingEventStorageEngine}), and this listener, on its own connection, wakes this node's
 * processors with it. Without it a node learned of another node's events only at its processors'
 * next poll (hundreds of milliseconds), and a clerk whose write went to the other node waited for
 * that before reading it back. On H2 (one node) there is nothing to listen to and no thread runs.
 */
final class AppendNotifications implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(AppendNotifications.class);
  private static final int WAIT_MILLIS = 500;

  private final DataSource dataSource;
  private final Runnable onAppend;
  private volatile Thread listener;

  AppendNotifications(DataSource dataSource, Runnable onAppend) {
    this.dataSource = dataSource;
    this.onAppend = onAppend;
  }

  @Override
  public void start() {
    try (Connection probe = dataSource.getConnection()) {
      if (!probe.isWrapperFor(PGConnection.class)) {
        return;
      }
    } catch (SQLException e) {
      LOG.warn("append notifications off: {}", e.getMessage());
      return;
    }
    Thread thread = new Thread(this::listen, "ledger-append-listener");
    thread.setDaemon(true);
    listener = thread;
    thread.start();
  }

  private void listen() {
    while (listener == Thread.currentThread()) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + HashingEventStorageEngine.APPENDED_CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (listener == Thread.currentThread()) {
          PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
          if (received != null && received.length > 0) {
            onAppend.run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        // The database went away: the processors' own polls go on meanwhile; listen again soon.
        LOG.warn("append notifications interrupted, listening again in 1 s: {}", e.getMessage());
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  @Override
  public void stop() {
    Thread thread = listener;
    listener = null;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return listener != null;
  }
}
