package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalAccess;
import com.opsuite.core.appraisal.AppraisalCycles;
import com.opsuite.core.appraisal.AppraisalEvaluation;
import com.opsuite.core.appraisal.AppraisalRefusedException;
import com.opsuite.core.appraisal.AppraisalResult;
import com.opsuite.core.appraisal.AppraisalViews;
import com.opsuite.core.appraisal.EvaluatorRole;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.org.Choice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the peers of one result of the cycle shown, through {@link AppraisalCycles#choosePeers}
 * as the REST API does: the staff member's current peers are ticked, and saving replaces the
 * unsubmitted ones.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.APPRAISAL_MANAGE)
public class PeerChoiceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppraisalCycles cycles;
  @Inject transient AppraisalAccess access;
  @Inject transient Staff staff;
  @Inject transient CurrentUser user;
  @Inject transient Messages messages;
  @Inject AppraisalCyclesView shown;

  private static final String STALE = "appraisal.peers.stale";

  private Long resultId;
  private long peersVersion;
  private String staffName;
  private List<Long> peerIds = new ArrayList<>();
  private List<Choice> colleagues = List.of();

  /** Starts choosing for the result: everyone active but the staff member can be a peer. */
  public void start(AppraisalViews.ResultInfo result) {
    resultId = result.id();
    staffName = result.staffName();
    tickCurrentPeers();
    colleagues =
        staff.all().stream()
            .filter(s -> s.isActive() && s.getId() != result.staffId())
            .map(s -> new Choice(s.getId(), s.getName()))
            .toList();
  }

  /**
   * Ticks the peers chosen now, with the version of that choice: saving replaces exactly what was
   * shown, or is refused when someone chose meanwhile.
   */
  private void tickCurrentPeers() {
    peersVersion = cycles.result(resultId).map(AppraisalResult::getPeersVersion).orElse(0L);
    peerIds =
        new ArrayList<>(
            cycles.evaluationsOf(List.of(resultId)).stream()
                .filter(e -> e.getRole() == EvaluatorRole.PEER)
                .map(AppraisalEvaluation::getEvaluatorId)
                .toList());
  }

  public void save() {
    try {
      Long me = access.me().map(StaffMember::getId).orElse(null);
      cycles.choosePeers(resultId, peerIds, peersVersion, me, access.manages(), user.name());
      messages.pageInfo("appraisalCycles.peersSaved", staffName);
      resultId = null;
      shown.show();
    } catch (InvalidInputException e) {
      messages.invalid(e, "cycles:");
    } catch (AppraisalRefusedException e) {
      messages.error(e.messageKey(), e.args());
      if (STALE.equals(e.messageKey())) {
        tickCurrentPeers();
      }
    }
  }

  public void cancel() {
    resultId = null;
  }

  public Long getResultId() {
    return resultId;
  }

  public String getStaffName() {
    return staffName;
  }

  public List<Long> getPeerIds() {
    return peerIds;
  }

  public void setPeerIds(List<Long> peerIds) {
    this.peerIds = peerIds;
  }

  public List<Choice> getColleagues() {
    return colleagues;
  }
}
