package com.opsuite.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GreenMail on the port the application mails to, read per recipient: test tenants' addresses are
 * unique, so mail other tests cause never disturbs the count. The application sends after commit
 * and in the background, so reading waits.
 */
final class Mailbox implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final GreenMail server;

  private Mailbox(GreenMail server) {
    this.server = server;
  }

  static Mailbox start() {
    return start(Integer.getInteger("it.mail.port"));
  }

  /** A mailbox on another port, for instances started by a test rather than the suite's. */
  static Mailbox start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    server.start();
    return new Mailbox(server);
  }

  /** The first mail to the address, waiting up to 20 s for it. */
  MimeMessage first(String to) throws MessagingException, InterruptedException {
    Instant until = Instant.now().plus(WAIT);
    while (true) {
      List<MimeMessage> found = to(to);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no mail to " + to + " within " + WAIT);
      }
      Thread.sleep(250);
    }
  }

  /** The mail that arrived for the address so far, oldest first. */
  List<MimeMessage> to(String to) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
        found.add(m);
      }
    }
    return found;
  }

  /** A plain-text mail's body with Unix line ends. */
  static String body(MimeMessage message) throws IOException, MessagingException {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  @Override
  public void close() {
    server.stop();
  }
}
