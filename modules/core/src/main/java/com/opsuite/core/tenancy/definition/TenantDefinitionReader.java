package com.opsuite.core.tenancy.definition;

import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.CODE_FILE_NAME_MISMATCH;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.DUPLICATE_CODE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.DUPLICATE_KEY;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.DUPLICATE_MODULE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_BOOLEAN;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_CODE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_EMAIL;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_ENV_NAME;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_LOCALE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_MODULE_ID;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_SETTING_KEY;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.INVALID_TIME_ZONE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.NOT_FOUND;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.NOT_UTF8;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.PASSWORD_CONFLICT;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.PASSWORD_ENV_MISSING;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.PASSWORD_TOO_SHORT;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.REQUIRED;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.SETTING_FOR_DISABLED_MODULE;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.TOO_LONG;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.UNKNOWN_KEY;
import static com.opsuite.core.tenancy.definition.TenantDefinitionMessage.UNREADABLE;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.tenancy.definition.InvalidTenantDefinitionException.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates the tenant definition files of the {@code tenants/} folder: one UTF-8 Java
 * properties file per tenant, named {@code <code>.properties}. Pure Java, no side effects beyond
 * reading the files and looking up the environment variable a file names for its admin password.
 *
 * <p>Every problem of a file is collected before anything is thrown, so one {@link
 * InvalidTenantDefinitionException} lists them all. Values are stripped of surrounding white space;
 * an empty optional value is the same as leaving the key out.
 */
public final class TenantDefinitionReader {

  public static final String FILE_SUFFIX = ".properties";

  public static final String CODE = "code";
  public static final String NAME = "name";
  public static final String LOCALE = "locale";
  public static final String TIME_ZONE = "time-zone";
  public static final String ADMIN_NAME = "admin.name";
  public static final String ADMIN_EMAIL = "admin.email";
  public static final String ADMIN_PASSWORD = "admin.password";
  public static final String ADMIN_PASSWORD_ENV = "admin.password-env";
  public static final String MODULES = "modules";
  public static final String DEMO_DATA = "demo-data";

  /** Prefix of setting overrides: {@code setting.<module-id>.<key>}. */
  public static final String SETTING_PREFIX = "setting.";

  static final Set<String> KEYS =
      Set.of(
          CODE,
          NAME,
          LOCALE,
          TIME_ZONE,
          ADMIN_NAME,
          ADMIN_EMAIL,
          ADMIN_PASSWORD,
          ADMIN_PASSWORD_ENV,
          MODULES,
          DEMO_DATA);

  public static final int CODE_MIN_LENGTH = 3;
  public static final int CODE_MAX_LENGTH = 40;
  public static final int NAME_MAX_LENGTH = 200;
  public static final int ADMIN_NAME_MAX_LENGTH = 100;
  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int PASSWORD_MIN_LENGTH = 10;

  /**
   * Tenant codes and module ids: lower-case words of letters and digits joined by single hyphens.
   */
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

  private static final Pattern SETTING_KEY = Pattern.compile("^[a-z0-9]+([.-][a-z0-9]+)*$");

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9._%+-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

  private static final Map<String, Locale> LOCALES =
      Map.of("zh-CN", SupportedLocales.CHINESE, "en", SupportedLocales.ENGLISH);

  private final Function<String, String> environment;

  /** A reader that resolves {@code admin.password-env} from the process environment. */
  public TenantDefinitionReader() {
    this(System::getenv);
  }

  /**
   * A reader that resolves {@code admin.password-env} through {@code environment}, which returns
   * the variable's value or {@code null} when it is not set.
   */
  public TenantDefinitionReader(Function<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** Reads and validates one file. */
  public TenantDefinition read(Path file) {
    Parsed parsed = parse(file);
    if (!parsed.problems().isEmpty()) {
      throw new InvalidTenantDefinitionException(parsed.problems());
    }
    return parsed.definition();
  }

  /**
   * Reads and validates every {@code *.properties} file directly in {@code dir}, ordered by file
   * name; other files (such as a README) are ignored. A missing folder holds no tenants. The
   * problems of all files, and codes declared by more than one file, are reported together.
   */
  public List<TenantDefinition> readAll(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the tenant definitions in " + dir, e);
    }

    List<TenantDefinition> definitions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> fileByCode = new HashMap<>();
    for (Path file : files) {
      Parsed parsed = parse(file);
      problems.addAll(parsed.problems());
      if (parsed.code() != null) {
        String first = fileByCode.putIfAbsent(parsed.code(), parsed.file());
        if (first != null) {
          problems.add(Problem.of(parsed.file(), CODE, DUPLICATE_CODE, parsed.code(), first));
        }
      }
      if (parsed.definition() != null) {
        definitions.add(parsed.definition());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidTenantDefinitionException(problems);
    }
    return List.copyOf(definitions);
  }

  /**
   * The outcome of one file: the definition if it is valid, its problems otherwise, and its code
   * whenever that is well-formed (so duplicates are found even among broken files).
   */
  private record Parsed(
      String file, String code, TenantDefinition definition, List<Problem> problems) {}

  private Parsed parse(Path path) {
    String file = path.getFileName().toString();
    List<Problem> problems = new ArrayList<>();
    RecordingProperties properties = new RecordingProperties();
    try {
      String text = Files.readString(path, UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // a byte order mark left by some Windows editors
      }
      properties.load(new StringReader(text));
    } catch (NoSuchFileException e) {
      problems.add(Problem.of(file, null, NOT_FOUND));
    } catch (CharacterCodingException e) {
      problems.add(Problem.of(file, null, NOT_UTF8));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(Problem.of(file, null, UNREADABLE, String.valueOf(e.getMessage())));
    }
    if (!problems.isEmpty()) {
      return new Parsed(file, null, null, problems);
    }
    return new Validation(file, properties, problems).run();
  }

  /** Validates the entries of one file, adding every problem found to {@code problems}. */
  private final class Validation {
    private final String file;
    private final Map<String, String> entries;
    private final List<Problem> problems;

    Validation(String file, RecordingProperties properties, List<Problem> problems) {
      this.file = file;
      this.entries = properties.entries;
      this.problems = problems;
      properties.duplicates.forEach(key -> problem(key, DUPLICATE_KEY, key));
    }

    Parsed run() {
      String code = code();
      String name = text(NAME, NAME_MAX_LENGTH);
      Locale locale = locale();
      ZoneId timeZone = timeZone();
      String adminName = text(ADMIN_NAME, ADMIN_NAME_MAX_LENGTH);
      String adminEmail = email();
      String adminPassword = password();
      List<String> modules = modules();
      Map<String, Map<String, String>> settings = settings(modules);
      boolean demoData = demoData();
      entries.keySet().stream()
          .filter(key -> !KEYS.contains(key) && !key.startsWith(SETTING_PREFIX))
          .forEach(key -> problem(key, UNKNOWN_KEY, key));

      if (!problems.isEmpty()) {
        return new Parsed(file, code, null, problems);
      }
      TenantDefinition definition =
          new TenantDefinition(
              code,
              name,
              locale,
              timeZone,
              new AdminAccount(adminName, adminEmail, adminPassword),
              modules,
              settings,
              demoData,
              file);
      return new Parsed(file, code, definition, problems);
    }

    /** The well-formed code, also when it does not match the file name; else null. */
    private String code() {
      String code = value(CODE);
      if (code == null) {
        problem(CODE, REQUIRED, CODE);
        return null;
      }
      if (code.length() < CODE_MIN_LENGTH
          || code.length() > CODE_MAX_LENGTH
          || !ID.matcher(code).matches()) {
        problem(CODE, INVALID_CODE, code);
        return null;
      }
      if (!file.equals(code + FILE_SUFFIX)) {
        problem(CODE, CODE_FILE_NAME_MISMATCH, code, file);
      }
      return code;
    }

    private String text(String key, int maxLength) {
      String value = value(key);
      if (value == null) {
        problem(key, REQUIRED, key);
      } else if (length(value) > maxLength) {
        problem(key, TOO_LONG, key, maxLength);
      }
      return value;
    }

    private Locale locale() {
      String tag = value(LOCALE);
      if (tag == null) {
        return TenantDefinition.DEFAULT_LOCALE;
      }
      Locale locale = LOCALES.get(tag);
      if (locale == null) {
        problem(LOCALE, INVALID_LOCALE, tag);
      }
      return locale;
    }

    private ZoneId timeZone() {
      String id = value(TIME_ZONE);
      if (id == null) {
        return TenantDefinition.DEFAULT_TIME_ZONE;
      }
      try {
        return ZoneId.of(id);
      } catch (DateTimeException e) {
        problem(TIME_ZONE, INVALID_TIME_ZONE, id);
        return null;
      }
    }

    private String email() {
      String email = value(ADMIN_EMAIL);
      if (email == null) {
        problem(ADMIN_EMAIL, REQUIRED, ADMIN_EMAIL);
      } else if (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
        problem(ADMIN_EMAIL, INVALID_EMAIL, email);
      }
      return email;
    }

    /** The password from the file or from the named environment variable. Never in a problem. */
    private String password() {
      String literal = value(ADMIN_PASSWORD);
      String variable = value(ADMIN_PASSWORD_ENV);
      if (literal != null && variable != null) {
        problem(ADMIN_PASSWORD_ENV, PASSWORD_CONFLICT);
        return null;
      }
      if (variable != null) {
        if (!ENV_NAME.matcher(variable).matches()) {
          problem(ADMIN_PASSWORD_ENV, INVALID_ENV_NAME, variable);
          return null;
        }
        String password = environment.apply(variable);
        if (password == null || password.isBlank()) {
          problem(ADMIN_PASSWORD_ENV, PASSWORD_ENV_MISSING, variable);
          return null;
        }
        return checkedLength(ADMIN_PASSWORD_ENV, password);
      }
      if (literal == null) {
        problem(ADMIN_PASSWORD, REQUIRED, ADMIN_PASSWORD);
        return null;
      }
      return checkedLength(ADMIN_PASSWORD, literal);
    }

    private String checkedLength(String key, String password) {
      if (length(password) < PASSWORD_MIN_LENGTH) {
        problem(key, PASSWORD_TOO_SHORT, PASSWORD_MIN_LENGTH);
      }
      return password;
    }

    private List<String> modules() {
      String list = value(MODULES);
      Set<String> modules = new LinkedHashSet<>();
      if (list == null) {
        return List.of();
      }
      for (String part : list.split(",", -1)) {
        String id = part.strip();
        if (!ID.matcher(id).matches()) {
          problem(MODULES, INVALID_MODULE_ID, id);
        } else if (!modules.add(id)) {
          problem(MODULES, DUPLICATE_MODULE, id);
        }
      }
      return List.copyOf(modules);
    }

    /**
     * Overrides for core and for enabled modules only: a setting for a module the file does not
     * enable is almost always a misspelt module id, and would otherwise be ignored silently.
     */
    private Map<String, Map<String, String>> settings(List<String> modules) {
      Map<String, Map<String, String>> settings = new LinkedHashMap<>();
      for (String key : entries.keySet()) {
        if (!key.startsWith(SETTING_PREFIX)) {
          continue;
        }
        String rest = key.substring(SETTING_PREFIX.length());
        int dot = rest.indexOf('.');
        String module = dot < 0 ? rest : rest.substring(0, dot);
        String setting = dot < 0 ? "" : rest.substring(dot + 1);
        if (!ID.matcher(module).matches() || !SETTING_KEY.matcher(setting).matches()) {
          problem(key, INVALID_SETTING_KEY, key);
          continue;
        }
        if (!module.equals(TenantDefinition.CORE_SETTINGS) && !modules.contains(module)) {
          problem(key, SETTING_FOR_DISABLED_MODULE, key, module);
          continue;
        }
        String value = value(key);
        if (value == null) {
          problem(key, REQUIRED, key);
          continue;
        }
        settings.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(setting, value);
      }
      return settings;
    }

    private boolean demoData() {
      String value = value(DEMO_DATA);
      if (value == null || value.equalsIgnoreCase("false")) {
        return false;
      }
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      problem(DEMO_DATA, INVALID_BOOLEAN, DEMO_DATA, value);
      return false;
    }

    /** The stripped value, or null when the key is missing or its value empty. */
    private String value(String key) {
      String value = entries.get(key);
      if (value == null || value.isBlank()) {
        return null;
      }
      return value.strip();
    }

    private void problem(String key, TenantDefinitionMessage message, Object... args) {
      problems.add(Problem.of(file, key, message, args));
    }
  }

  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /**
   * Properties that remember their keys in file order and report a key given twice, which plain
   * {@link Properties} would resolve silently in favour of the last one.
   */
  private static final class RecordingProperties extends Properties {
    final Map<String, String> entries = new LinkedHashMap<>();
    final Set<String> duplicates = new LinkedHashSet<>();

    @Override
    public synchronized Object put(Object key, Object value) {
      if (entries.put((String) key, (String) value) != null) {
        duplicates.add((String) key);
      }
      return super.put(key, value);
    }
  }
}
