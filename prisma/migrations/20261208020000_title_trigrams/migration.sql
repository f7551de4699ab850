-- Trigram search on titles for the PostgreSQL fallback (Meilisearch down): typos
-- ("Vertretnugsmacht") and compound parts ("verkehr" in "Kulturgüterverkehr").
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);
