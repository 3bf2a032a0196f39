package com.opsuite.core.approval;

import com.opsuite.core.org.Position;
import com.opsuite.core.security.Role;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is wrong with a chain a tenant admin wants to save, each problem at its step: a chain that
 * could never finish (a position or role nobody holds, a quorum above the people there are) or that
 * tests a field the document type does not have is refused with an explanation.
 */
@ApplicationScoped
public class ChainValidator {

  static final int MAX_STEPS = 20;
  static final int MAX_DEADLINE_HOURS = 2000;

  @PersistenceContext EntityManager em;
  @Inject ApproverResolver resolver;

  public List<Violation> problems(ApprovalType type, ChainDefinition chain, LocalDate day) {
    List<Violation> problems = new ArrayList<>();
    if (chain == null || chain.steps().isEmpty()) {
      problems.add(new Violation("steps", "approval.chain.noSteps"));
      return problems;
    }
    if (chain.steps().size() > MAX_STEPS) {
      problems.add(new Violation("steps", "approval.chain.tooManySteps", MAX_STEPS));
      return problems;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < chain.steps().size(); i++) {
      StepDefinition step = chain.steps().get(i);
      String at = "steps[" + i + "].";
      int no = i + 1;
      if (step == null) {
        problems.add(new Violation("steps[" + i + "]", "approval.chain.stepMissing", no));
        continue;
      }
      if (step.key() == null || !step.key().matches("[a-z0-9][a-z0-9-]{0,59}")) {
        problems.add(new Violation(at + "key", "approval.chain.badKey", no));
      } else if (!keys.add(step.key())) {
        problems.add(new Violation(at + "key", "approval.chain.duplicateKey", no, step.key()));
      }
      if (step.label() != null && step.label().length() > 100) {
        problems.add(new Violation(at + "label", "approval.chain.labelTooLong", no, 100));
      }
      if (step.kind() == null) {
        problems.add(new Violation(at + "kind", "approval.chain.kindMissing", no));
      }
      if (step.route() == null) {
        problems.add(new Violation(at + "route", "approval.chain.routeMissing", no));
      } else {
        routeProblems(step, at, no, day, problems);
      }
      if (step.deadlineHours() != null
          && (step.deadlineHours() < 1 || step.deadlineHours() > MAX_DEADLINE_HOURS)) {
        problems.add(
            new Violation(at + "deadlineHours", "approval.chain.badDeadline", no, 1, 2000));
      }
      for (int c = 0; c < step.conditions().size(); c++) {
        Condition condition = step.conditions().get(c);
        String problem = Conditions.problem(type, condition);
        if (problem != null) {
          problems.add(
              new Violation(
                  at + "conditions[" + c + "]",
                  problem,
                  no,
                  condition == null ? "" : String.valueOf(condition.field())));
        }
      }
    }
    return problems;
  }

  private void routeProblems(
      StepDefinition step, String at, int no, LocalDate day, List<Violation> problems) {
    int people = -1;
    if (step.route() == RouteKind.POSITION) {
      Position position =
          step.positionId() == null ? null : em.find(Position.class, step.positionId());
      if (position == null) {
        problems.add(new Violation(at + "positionId", "approval.chain.positionUnknown", no));
        return;
      }
      people = resolver.resolve(RouteKind.POSITION, position.getId(), null, -1, day).size();
      if (people == 0) {
        problems.add(
            new Violation(
                at + "positionId", "approval.chain.positionEmpty", no, position.getTitle()));
      }
    } else if (step.route() == RouteKind.ROLE) {
      if (step.roleCode() == null || em.find(Role.class, step.roleCode()) == null) {
        problems.add(new Violation(at + "roleCode", "approval.chain.roleUnknown", no));
        return;
      }
      people = resolver.resolve(RouteKind.ROLE, null, step.roleCode(), -1, day).size();
      if (people == 0) {
        problems.add(
            new Violation(at + "roleCode", "approval.chain.roleEmpty", no, step.roleCode()));
      }
    }
    if (step.kind() != StepKind.QUORUM) {
      return;
    }
    if (step.quorum() == null || step.quorum() < 1) {
      problems.add(new Violation(at + "quorum", "approval.chain.quorumMissing", no));
    } else if (!step.route().namesGroup() && step.quorum() > 1) {
      problems.add(new Violation(at + "quorum", "approval.chain.quorumNeedsGroup", no));
    } else if (people > 0 && step.quorum() > people) {
      problems.add(
          new Violation(at + "quorum", "approval.chain.quorumTooHigh", no, step.quorum(), people));
    }
  }
}
