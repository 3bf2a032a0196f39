package com.opsuite.core.appraisal;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one evaluator is asked to rate about one result; submitted once, then final. */
@Entity
@Table(name = "appraisal_evaluation")
public class AppraisalEvaluation extends TenantOwned {

  private static final java.lang.reflect.Type RATINGS =
      new LinkedHashMap<String, Integer>() {}.getClass().getGenericSuperclass();

  @Id
  @SequenceGenerator(
      name = "appraisal_evaluation_seq",
      sequenceName = "appraisal_evaluation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_evaluation_seq")
  private Long id;

  @Column(name = "result_id", nullable = false, updatable = false)
  private long resultId;

  @Column(name = "evaluator_id", nullable = false, updatable = false)
  private long evaluatorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private EvaluatorRole role;

  @Column private String ratings;

  @Column(length = 2000)
  private String comment;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected AppraisalEvaluation() {}

  AppraisalEvaluation(long resultId, long evaluatorId, EvaluatorRole role) {
    this.resultId = resultId;
    this.evaluatorId = evaluatorId;
    this.role = role;
  }

  void submit(Map<String, Integer> ratings, String comment) {
    this.ratings = AppraisalJson.write(ratings);
    this.comment = comment;
    this.submittedAt = Instant.now();
  }

  public boolean submitted() {
    return submittedAt != null;
  }

  public Map<String, Integer> ratings() {
    return ratings == null ? Map.of() : AppraisalJson.read(ratings, RATINGS);
  }

  public Long getId() {
    return id;
  }

  public long getResultId() {
    return resultId;
  }

  public long getEvaluatorId() {
    return evaluatorId;
  }

  public EvaluatorRole getRole() {
    return role;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }
}
