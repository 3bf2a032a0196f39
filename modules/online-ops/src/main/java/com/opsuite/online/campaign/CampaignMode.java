package com.opsuite.online.campaign;

/** Whether a campaign happens online, offline or both. */
public enum CampaignMode {
  ONLINE,
  OFFLINE,
  BOTH
}
