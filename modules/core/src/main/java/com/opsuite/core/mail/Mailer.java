package com.opsuite.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server the configuration names ({@code opsuite.mail.*}). A message
 * fired as an event goes out only once the transaction that asked for it has committed, and in the
 * background, so a slow mail server neither delays nor reveals anything to the requester.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "opsuite.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "opsuite.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "opsuite.mail.from", defaultValue = "Opsuite <no-reply@opsuite.local>")
  String from;

  @Inject
  @ConfigProperty(name = "opsuite.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "opsuite.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "opsuite.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Resource ManagedExecutorService executor;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
    executor.execute(() -> send(mail));
  }

  /** Sends now; false (and logged) when the server refuses or cannot be reached. */
  public boolean send(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from, true));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send " + mail, e);
      return false;
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
