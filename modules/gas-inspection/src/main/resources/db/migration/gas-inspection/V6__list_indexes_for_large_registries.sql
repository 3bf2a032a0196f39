-- Indexes for a registry of a million customers (issue 11, measured with bench/ on 1,000,000
-- customers and 20,000,000 purchases): each filter of the customer list reads its page in the
-- list's order instead of walking or counting the tenant's customers, and a customer's card
-- history no longer scans every card. All lead with tenant_id, like every index of the schema.
--
-- Words anywhere (q, LIKE '%...%') get no index: under forced row-level security PostgreSQL only
-- uses a condition in an index scan when its operator is leakproof, which LIKE and lower() are not,
-- so a trigram index is never used by the application role (tried on the same data: seq scans).

-- The list's filters, each followed by its order (customer number).
CREATE INDEX gas_customer_area_no ON gas_customer (tenant_id, area_id, customer_no);
CREATE INDEX gas_customer_kind_no ON gas_customer (tenant_id, kind, customer_no);
CREATE INDEX gas_customer_key_no ON gas_customer (tenant_id, key_customer, customer_no);

-- A customer's cards, replaced ones included (only the active card per meter had an index).
CREATE INDEX gas_card_meter ON gas_card (tenant_id, meter_id);
