package com.opsuite.gas.registry.area;

import com.opsuite.core.persistence.OptimisticLocks;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.RegistryAccess;
import com.opsuite.gas.registry.RegistryPage;
import com.opsuite.gas.registry.RegistryRefused;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Areas and inspectors for whoever assigns inspections: add and rename areas, appoint inspectors.
 */
@Named("gasAreasView")
@ViewScoped
public class AreasView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Areas areas;
  @Inject transient Inspectors inspectors;
  @Inject transient RegistryPage page;

  private List<Area> areaList = List.of();
  private List<InspectorRow> inspectorRows = List.of();
  private List<Inspectors.Candidate> candidates = List.of();

  private String newCode;
  private String newName;
  private Long renameId;
  private String renameTo;
  private Long userId;
  private String badgeNo;
  private List<Long> areaIds = new ArrayList<>();

  /** An inspector as the table shows them, with the version a change of them is based on. */
  public record InspectorRow(long userId, String name, String badgeNo, String areas, long version)
      implements Serializable {}

  @PostConstruct
  void init() {
    refresh();
  }

  @RequiresPermission(RegistryAccess.ASSIGN)
  public void addArea() {
    try {
      areas.create(newCode, newName, page.by());
      newCode = null;
      newName = null;
      refresh();
      page.info("areas.added");
    } catch (InvalidInputException e) {
      page.invalid(e, "newArea:");
    }
  }

  @RequiresPermission(RegistryAccess.ASSIGN)
  public void rename() {
    try {
      areas.rename(renameId == null ? -1 : renameId, renameTo, null, page.by());
      renameId = null;
      renameTo = null;
      refresh();
      page.info("areas.renamed");
    } catch (InvalidInputException e) {
      page.invalid(e, "rename:");
    } catch (RegistryRefused e) {
      page.error(e.messageKey(), e.args());
    }
  }

  /**
   * Appoints the chosen user, or changes their appointment as the table showed it: if someone
   * changed or made that appointment since the page was loaded, nothing is saved and the form keeps
   * what was typed.
   */
  @RequiresPermission(RegistryAccess.ASSIGN)
  public void appoint() {
    Long seen =
        inspectorRows.stream()
            .filter(row -> userId != null && row.userId() == userId)
            .map(InspectorRow::version)
            .findFirst()
            .orElse(null);
    try {
      inspectors.appoint(userId == null ? -1 : userId, badgeNo, areaIds, seen, page.by());
      userId = null;
      badgeNo = null;
      areaIds = new ArrayList<>();
      refresh();
      page.info("inspectors.appointed");
    } catch (InvalidInputException e) {
      if (e.violations().stream().anyMatch(v -> "version".equals(v.field()))) {
        // Not an inspector when the page was loaded, appointed by someone else since.
        page.error("inspectors.conflict");
      } else {
        page.invalid(e, "appoint:");
      }
    } catch (RuntimeException e) {
      if (!OptimisticLocks.causedBy(e)) {
        throw e;
      }
      page.error("inspectors.conflict");
    }
  }

  private void refresh() {
    areaList = areas.all();
    Map<Long, String> names =
        areaList.stream().collect(Collectors.toMap(Area::getId, Area::getName));
    inspectorRows =
        inspectors.all().stream()
            .map(
                a ->
                    new InspectorRow(
                        a.inspector().getUserId(),
                        a.displayName(),
                        a.inspector().getBadgeNo(),
                        a.areaIds().stream()
                            .map(id -> names.getOrDefault(id, ""))
                            .collect(Collectors.joining(", ")),
                        a.inspector().getVersion()))
            .toList();
    candidates = inspectors.candidates();
  }

  public List<Area> getAreas() {
    return areaList;
  }

  public List<InspectorRow> getInspectors() {
    return inspectorRows;
  }

  public List<Inspectors.Candidate> getCandidates() {
    return candidates;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Long getRenameId() {
    return renameId;
  }

  public void setRenameId(Long renameId) {
    this.renameId = renameId;
  }

  public String getRenameTo() {
    return renameTo;
  }

  public void setRenameTo(String renameTo) {
    this.renameTo = renameTo;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getBadgeNo() {
    return badgeNo;
  }

  public void setBadgeNo(String badgeNo) {
    this.badgeNo = badgeNo;
  }

  public List<Long> getAreaIds() {
    return areaIds;
  }

  public void setAreaIds(List<Long> areaIds) {
    this.areaIds = areaIds;
  }
}
