package com.opsuite.online.service;

/** Who a message of the thread is from: the customer, our reply, or an internal progress note. */
public enum MessageDirection {
  CUSTOMER,
  REPLY,
  NOTE
}
