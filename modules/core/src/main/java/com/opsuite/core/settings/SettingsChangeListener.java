package com.opsuite.core.settings;

import com.opsuite.database.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Evicts a tenant's cached settings on this node when any node commits a change: listens on
 * PostgreSQL's {@code opsuite_settings} channel, so it needs no data grid and works however many
 * instances run. While the connection is down the whole cache is dropped, since changes may be
 * missed; it reconnects by itself.
 */
@Startup
@Singleton
public class SettingsChangeListener {

  private static final Logger LOG = Logger.getLogger(SettingsChangeListener.class.getName());
  private static final int POLL_MILLIS = 2000;

  @Resource ManagedThreadFactory threads;
  @Inject DatabaseSettings database;
  @Inject SettingsCache cache;

  private volatile boolean running = true;
  private Thread loop;

  @PostConstruct
  void start() {
    loop = threads.newThread(this::listen);
    loop.setName("opsuite-settings-listener");
    loop.setDaemon(true);
    loop.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (loop != null) {
      loop.interrupt();
    }
  }

  private void listen() {
    while (running) {
      try (Connection c = dataSource().getConnection()) {
        try (Statement st = c.createStatement()) {
          st.execute("LISTEN " + TenantSettings.CHANGE_CHANNEL);
        }
        cache.clear();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              cache.evict(n.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        cache.clear();
        if (running) {
          LOG.log(Level.FINE, "Settings change listener reconnecting", e);
          pause();
        }
      }
    }
  }

  private PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(database.url());
    ds.setUser(database.app().user());
    ds.setPassword(database.app().password());
    ds.setApplicationName("opsuite-settings-listener");
    return ds;
  }

  private void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
