package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Every JSON request body passes here before the operation reads it: one larger than {@link
 * #MAX_MEGABYTES} is refused with 413 without reading it all (uploads are not JSON and keep their
 * own limits), and text that cannot be stored (see {@link UnstorableText}) is refused with 400
 * naming the field, so no operation has to remember either. A body that is not strictly one JSON
 * value, or whose top-level value cannot stand for what the operation reads ({@link
 * JsonBodyShape}), is refused with 400 here: JSON-B alone would read some of them leniently and the
 * operation would save what nobody sent. An empty body passes on (operations read it as absent).
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

  static final int MAX_MEGABYTES = 1;
  private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BYTES) {
      throw tooLarge();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw tooLarge();
    }
    JsonValue json;
    try {
      json = StrictJson.read(body);
    } catch (JsonException e) {
      throw malformed();
    }
    if (json != null && !JsonBodyShape.fits(json, context.getType())) {
      throw malformed();
    }
    if (json != null) {
      refuseUnstorableText(json);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private WebApplicationException tooLarge() {
    return new WebApplicationException(problems.bodyTooLarge(locale(), MAX_MEGABYTES));
  }

  private WebApplicationException malformed() {
    return new WebApplicationException(
        problems.problem(
            400,
            "urn:opsuite:problem:malformed-body",
            locale(),
            "problem.badRequest.title",
            "problem.body.malformed"));
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  private static void refuseUnstorableText(JsonValue json) {
    String field = unstorableField(json, "");
    if (field != null) {
      throw InvalidInputException.of(field.isEmpty() ? "body" : field, "input.text.unstorable");
    }
  }

  /** The path of the first string (or property name) holding unstorable text, else null. */
  private static String unstorableField(JsonValue value, String path) {
    if (value instanceof JsonString text) {
      return UnstorableText.in(text.getString()) ? path : null;
    }
    if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (UnstorableText.in(e.getKey())) {
          return path.isEmpty() ? "body" : path;
        }
        String found = unstorableField(e.getValue(), field);
        if (found != null) {
          return found;
        }
      }
    }
    if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        String found = unstorableField(array.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
