package com.opsuite.core.tenancy.definition;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.tenancy.definition.InvalidTenantDefinitionException.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantDefinitionReaderTest {

  private static final String VALID =
      """
      # a comment
      code=acme-gas
      name=某某燃气有限公司
      locale=zh-CN
      time-zone=Asia/Shanghai
      admin.name=张三
      admin.email=admin@example.com
      admin.password=Secret#2025x
      modules=gas-inspection, online-ops
      setting.gas-inspection.no-purchase-months=3
      setting.gas-inspection.inspections-per-year=2
      setting.core.approval.max-steps=5
      demo-data=true
      """;

  @TempDir Path dir;

  private final TenantDefinitionReader reader = new TenantDefinitionReader(name -> null);

  @Test
  void readsAValidFileWithChineseText() throws IOException {
    TenantDefinition tenant = reader.read(write("acme-gas.properties", VALID));

    assertEquals("acme-gas", tenant.code());
    assertEquals("某某燃气有限公司", tenant.name());
    assertEquals(SupportedLocales.CHINESE, tenant.locale());
    assertEquals("zh-CN", tenant.localeTag());
    assertEquals(ZoneId.of("Asia/Shanghai"), tenant.timeZone());
    assertEquals(new AdminAccount("张三", "admin@example.com", "Secret#2025x"), tenant.admin());
    assertEquals(List.of("gas-inspection", "online-ops"), tenant.modules());
    assertEquals(
        Map.of(
            "core", Map.of("approval.max-steps", "5"),
            "gas-inspection", Map.of("no-purchase-months", "3", "inspections-per-year", "2")),
        tenant.settings());
    assertEquals(Map.of(), tenant.settings("online-ops"));
    assertTrue(tenant.demoData());
    assertEquals("acme-gas.properties", tenant.sourceFile());
  }

  @Test
  void theDefinitionIsImmutable() throws IOException {
    TenantDefinition tenant = reader.read(write("acme-gas.properties", VALID));

    assertThrows(UnsupportedOperationException.class, () -> tenant.modules().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> tenant.settings().remove("core"));
    assertThrows(
        UnsupportedOperationException.class, () -> tenant.settings("gas-inspection").put("x", "y"));
  }

  @Test
  void optionalKeysHaveDefaults() throws IOException {
    TenantDefinition tenant =
        reader.read(
            write(
                "min.properties",
                """
                code=min
                name=Min
                admin.name=Admin
                admin.email=a@b.cn
                admin.password=0123456789
                locale=
                """));

    assertEquals(SupportedLocales.CHINESE, tenant.locale());
    assertEquals(ZoneId.of("Asia/Shanghai"), tenant.timeZone());
    assertEquals(List.of(), tenant.modules());
    assertEquals(Map.of(), tenant.settings());
    assertFalse(tenant.demoData());
  }

  @Test
  void englishAndOtherTimeZonesAreAccepted() throws IOException {
    TenantDefinition tenant =
        reader.read(
            write(
                "acme-gas.properties",
                VALID
                    .replace("locale=zh-CN", "locale=en")
                    .replace("Asia/Shanghai", "Europe/Berlin")
                    .replace("demo-data=true", "demo-data=FALSE")));

    assertEquals(SupportedLocales.ENGLISH, tenant.locale());
    assertEquals("en", tenant.localeTag());
    assertEquals(ZoneId.of("Europe/Berlin"), tenant.timeZone());
    assertFalse(tenant.demoData());
  }

  @Test
  void everyViolatedRuleIsReportedAtOnce() throws IOException {
    Path file =
        write(
            "wrong.properties",
            """
            code=Wrong_Code
            name=%s
            locale=en
            locale=fr
            time-zone=Mars/Olympus
            admin.name=
            admin.email=not-an-email
            admin.password=short
            modules=gas-inspection, Online_Ops, gas-inspection,
            setting.gas-inspection.Bad_Key=1
            setting.nokey=1
            setting.online-ops.reply-sla-hours=12
            setting.gas-inspection.inspections-per-year=
            demo-data=yes
            colour=blue
            Admin.email=x@y.cn
            """
                .formatted("长".repeat(201)));

    InvalidTenantDefinitionException e =
        assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file));

    assertEquals(
        List.of(
            "locale tenant.definition.duplicateKey [locale]",
            "code tenant.definition.invalidCode [Wrong_Code]",
            "name tenant.definition.tooLong [name, 200]",
            "locale tenant.definition.invalidLocale [fr]",
            "time-zone tenant.definition.invalidTimeZone [Mars/Olympus]",
            "admin.name tenant.definition.required [admin.name]",
            "admin.email tenant.definition.invalidEmail [not-an-email]",
            "admin.password tenant.definition.passwordTooShort [10]",
            "modules tenant.definition.invalidModuleId [Online_Ops]",
            "modules tenant.definition.duplicateModule [gas-inspection]",
            "modules tenant.definition.invalidModuleId []",
            "setting.gas-inspection.Bad_Key tenant.definition.invalidSettingKey"
                + " [setting.gas-inspection.Bad_Key]",
            "setting.nokey tenant.definition.invalidSettingKey [setting.nokey]",
            "setting.online-ops.reply-sla-hours tenant.definition.settingForDisabledModule"
                + " [setting.online-ops.reply-sla-hours, online-ops]",
            "setting.gas-inspection.inspections-per-year tenant.definition.required"
                + " [setting.gas-inspection.inspections-per-year]",
            "demo-data tenant.definition.invalidBoolean [demo-data, yes]",
            "colour tenant.definition.unknownKey [colour]",
            "Admin.email tenant.definition.unknownKey [Admin.email]"),
        e.problems().stream().map(p -> p.key() + " " + p.messageKey() + " " + p.args()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.file().equals("wrong.properties")));
    assertFalse(e.getMessage().contains("short"), "the password must not appear in the message");
  }

  @Test
  void anEmptyFileReportsEveryRequiredKey() throws IOException {
    Path file = write("empty.properties", "# nothing yet\n");

    InvalidTenantDefinitionException e =
        assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file));

    assertEquals(
        List.of("code", "name", "admin.name", "admin.email", "admin.password"),
        e.problems().stream().map(Problem::key).toList());
    assertTrue(
        e.problems().stream().allMatch(p -> p.messageKey().equals("tenant.definition.required")));
  }

  @Test
  void anUnknownKeyIsAnErrorWithAReadableMessage() throws IOException {
    Path file = write("acme-gas.properties", VALID + "admin.emial=admin@example.com\n");

    InvalidTenantDefinitionException e =
        assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file));

    Problem problem = single(e);
    assertEquals(
        new Problem(
            "acme-gas.properties",
            "admin.emial",
            "tenant.definition.unknownKey",
            List.of("admin.emial")),
        problem);
    assertEquals(
        "Invalid tenant definition (1 problem):\n"
            + "  acme-gas.properties [admin.emial]: admin.emial is not a known key"
            + " (check its spelling).",
        e.getMessage());
    assertEquals(
        "acme-gas.properties [admin.emial]: admin.emial 不是可识别的配置项（请检查拼写）。",
        problem.describe(SupportedLocales.CHINESE));
  }

  @Test
  void theCodeMustMatchTheFileName() throws IOException {
    Path file = write("acme.properties", VALID);

    InvalidTenantDefinitionException e =
        assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file));

    assertEquals(
        new Problem(
            "acme.properties",
            "code",
            "tenant.definition.codeFileNameMismatch",
            List.of("acme-gas", "acme.properties")),
        single(e));
    assertTrue(
        e.getMessage()
            .contains(
                "acme.properties [code]: The code \"acme-gas\" does not match the file name"
                    + " \"acme.properties\": the file must be named acme-gas.properties."),
        e.getMessage());
  }

  @Test
  void codesAreCheckedForLengthAndShape() throws IOException {
    for (String bad : List.of("ab", "a".repeat(41), "9gas", "gas-", "gas--co", "Gas", "燃气")) {
      Path file = write(bad.replace('/', '_') + ".properties", VALID.replace("acme-gas", bad));
      InvalidTenantDefinitionException e =
          assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file), bad);
      assertEquals("tenant.definition.invalidCode", single(e).messageKey(), bad);
    }
    String longest = "a".repeat(40);
    assertEquals(
        longest,
        reader.read(write(longest + ".properties", VALID.replace("acme-gas", longest))).code());
  }

  @Test
  void thePasswordCanComeFromTheEnvironment() throws IOException {
    Path file =
        write(
            "acme-gas.properties",
            VALID.replace("admin.password=Secret#2025x", "admin.password-env=ACME_ADMIN_PW"));
    Function<String, String> environment = Map.of("ACME_ADMIN_PW", "From-Env-2025!")::get;

    TenantDefinition tenant = new TenantDefinitionReader(environment).read(file);

    assertEquals("From-Env-2025!", tenant.admin().password());
  }

  @Test
  void aMissingEnvironmentVariableIsReportedByName() throws IOException {
    Path file =
        write(
            "acme-gas.properties",
            VALID.replace("admin.password=Secret#2025x", "admin.password-env=ACME_ADMIN_PW"));

    for (Function<String, String> environment :
        List.<Function<String, String>>of(name -> null, name -> " ")) {
      InvalidTenantDefinitionException e =
          assertThrows(
              InvalidTenantDefinitionException.class,
              () -> new TenantDefinitionReader(environment).read(file));
      assertEquals(
          new Problem(
              "acme-gas.properties",
              "admin.password-env",
              "tenant.definition.passwordEnvMissing",
              List.of("ACME_ADMIN_PW")),
          single(e));
    }
  }

  @Test
  void aPasswordFromTheEnvironmentMustBeLongEnoughAndIsNeverShown() throws IOException {
    Path file =
        write(
            "acme-gas.properties",
            VALID.replace("admin.password=Secret#2025x", "admin.password-env=ACME_ADMIN_PW"));

    InvalidTenantDefinitionException e =
        assertThrows(
            InvalidTenantDefinitionException.class,
            () -> new TenantDefinitionReader(name -> "tiny-pw").read(file));

    assertEquals("tenant.definition.passwordTooShort", single(e).messageKey());
    assertEquals(List.of(10), single(e).args());
    assertFalse(e.getMessage().contains("tiny-pw"));
  }

  @Test
  void thePasswordComesFromExactlyOneSource() throws IOException {
    Path both = write("acme-gas.properties", VALID + "admin.password-env=ACME_ADMIN_PW\n");
    assertEquals(
        "tenant.definition.passwordConflict",
        single(assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(both)))
            .messageKey());

    Path badName =
        write(
            "acme-gas.properties",
            VALID.replace("admin.password=Secret#2025x", "admin.password-env=ACME-PW"));
    assertEquals(
        List.of("ACME-PW"),
        single(assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(badName)))
            .args());
  }

  @Test
  void aKeyGivenTwiceIsAnError() throws IOException {
    Path file = write("acme-gas.properties", VALID + "name=Other name\n");

    assertEquals(
        new Problem(
            "acme-gas.properties", "name", "tenant.definition.duplicateKey", List.of("name")),
        single(assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file))));
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedRatherThanGarbled() throws IOException {
    Path file = dir.resolve("acme-gas.properties");
    Files.writeString(file, VALID, Charset.forName("GBK"));

    assertEquals(
        "tenant.definition.notUtf8",
        single(assertThrows(InvalidTenantDefinitionException.class, () -> reader.read(file)))
            .messageKey());
  }

  @Test
  void aByteOrderMarkIsIgnored() throws IOException {
    assertEquals("acme-gas", reader.read(write("acme-gas.properties", "\uFEFF" + VALID)).code());
  }

  @Test
  void aMissingFileIsReported() {
    Problem problem =
        single(
            assertThrows(
                InvalidTenantDefinitionException.class,
                () -> reader.read(dir.resolve("nobody.properties"))));

    assertEquals(
        new Problem("nobody.properties", null, "tenant.definition.notFound", List.of()), problem);
    assertEquals(
        "nobody.properties: The file does not exist.", problem.describe(SupportedLocales.ENGLISH));
  }

  @Test
  void readAllReadsPropertiesFilesInNameOrder() throws IOException {
    write("zeta-co.properties", tenant("zeta-co"));
    write("acme-gas.properties", VALID);
    write("mid-co.properties", tenant("mid-co"));
    write("README.md", "not a tenant");
    Files.createDirectory(dir.resolve("nested.properties"));

    List<TenantDefinition> tenants = reader.readAll(dir);

    assertEquals(
        List.of("acme-gas", "mid-co", "zeta-co"),
        tenants.stream().map(TenantDefinition::code).toList());
  }

  @Test
  void readAllOfAMissingFolderIsEmpty() {
    assertEquals(List.of(), reader.readAll(dir.resolve("no-such-folder")));
  }

  @Test
  void readAllReportsDuplicateCodesAndTheProblemsOfEveryFile() throws IOException {
    write("acme-gas.properties", VALID);
    write("acme-gas-copy.properties", VALID);
    write("broken.properties", tenant("broken") + "colour=blue\n");

    InvalidTenantDefinitionException e =
        assertThrows(InvalidTenantDefinitionException.class, () -> reader.readAll(dir));

    assertEquals(
        List.of(
            new Problem(
                "acme-gas-copy.properties",
                "code",
                "tenant.definition.codeFileNameMismatch",
                List.of("acme-gas", "acme-gas-copy.properties")),
            new Problem(
                "acme-gas.properties",
                "code",
                "tenant.definition.duplicateCode",
                List.of("acme-gas", "acme-gas-copy.properties")),
            new Problem(
                "broken.properties", "colour", "tenant.definition.unknownKey", List.of("colour"))),
        e.problems());
    assertTrue(e.getMessage().startsWith("Invalid tenant definition (3 problems):\n"));
    assertTrue(
        e.getMessage()
            .contains(
                "acme-gas.properties [code]: The tenant code acme-gas is already declared by"
                    + " acme-gas-copy.properties."),
        e.getMessage());
  }

  private static String tenant(String code) {
    return """
        code=%s
        name=%s 有限公司
        admin.name=管理员
        admin.email=admin@%s.example
        admin.password=Long-enough-1
        """
        .formatted(code, code, code);
  }

  private static Problem single(InvalidTenantDefinitionException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
