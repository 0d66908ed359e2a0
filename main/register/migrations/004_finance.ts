// 004: the existing stock's finances and the data SSB's crowding rule needs.
// - unit: `rooms` becomes optional (a survey may not give it; SSB's rule then uses the other
//   condition alone) and `prom_m2` (P-ROM, the area Husbanken's grant and SSB's crowding rule
//   use) is added. SQLite cannot drop NOT NULL in place, so the table is rebuilt (the migration
//   runner turns foreign keys off for the rebuild and checks them before committing).
// - household: `child_genders`, optional genders aligned with `child_ages` (bedroom rule).
// - loan / loan_unit: Husbanken grunnlån, KBN and other loans on the existing homes, each with
//   the homes it finances and each home's share.
// - grant_record / grant_unit: Husbanken grants on record (tilskudd), paid on a date and
//   written down over the grant's own number of years.
export default `
CREATE TABLE unit_new (
  id INTEGER PRIMARY KEY,
  unit_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
  address TEXT NOT NULL,
  area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,
  building_type TEXT NOT NULL,
  tenure TEXT NOT NULL CHECK (tenure IN ('eid','framleie','tildelingsrett')),
  lease_end TEXT,
  owner_rent_monthly INTEGER CHECK (owner_rent_monthly >= 0),
  bedrooms INTEGER NOT NULL CHECK (bedrooms >= 0),
  rooms INTEGER CHECK (rooms IS NULL OR rooms >= 1),
  area_m2 REAL NOT NULL CHECK (area_m2 > 0),
  floor INTEGER,
  wheelchair_accessible INTEGER NOT NULL CHECK (wheelchair_accessible IN (0,1)),
  universal_design INTEGER NOT NULL CHECK (universal_design IN (0,1)),
  staffed INTEGER NOT NULL CHECK (staffed IN (0,1)),
  target_group TEXT,
  condition INTEGER CHECK (condition BETWEEN 0 AND 3),
  maintenance_backlog INTEGER NOT NULL CHECK (maintenance_backlog >= 0),
  rent_monthly INTEGER NOT NULL CHECK (rent_monthly >= 0),
  market_rent_monthly INTEGER CHECK (market_rent_monthly >= 0),
  book_value INTEGER CHECK (book_value >= 0),
  status TEXT NOT NULL CHECK (status IN ('utleid','ledig','under_rehabilitering','ute_av_drift','til_salgs')),
  status_since TEXT,
  note TEXT NOT NULL DEFAULT '',
  prom_m2 REAL CHECK (prom_m2 IS NULL OR prom_m2 > 0)
) STRICT;
INSERT INTO unit_new (id, unit_no, address, area_id, building_type, tenure, lease_end,
  owner_rent_monthly, bedrooms, rooms, area_m2, floor, wheelchair_accessible, universal_design,
  staffed, target_group, condition, maintenance_backlog, rent_monthly, market_rent_monthly,
  book_value, status, status_since, note)
SELECT id, unit_no, address, area_id, building_type, tenure, lease_end,
  owner_rent_monthly, bedrooms, rooms, area_m2, floor, wheelchair_accessible, universal_design,
  staffed, target_group, condition, maintenance_backlog, rent_monthly, market_rent_monthly,
  book_value, status, status_since, note FROM unit;
DROP TABLE unit;
ALTER TABLE unit_new RENAME TO unit;
CREATE INDEX unit_status ON unit(status);
CREATE INDEX unit_tenure ON unit(tenure);
CREATE INDEX unit_area ON unit(area_id);

ALTER TABLE household ADD COLUMN child_genders TEXT NOT NULL DEFAULT '[]';

CREATE TABLE loan (
  id INTEGER PRIMARY KEY,
  lender TEXT NOT NULL CHECK (lender IN ('husbanken','kbn','annen')),
  loan_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
  balance INTEGER NOT NULL CHECK (balance >= 0),
  balance_date TEXT NOT NULL,
  interest_rate REAL NOT NULL CHECK (interest_rate >= 0 AND interest_rate <= 0.25),
  fixed_until TEXT,
  repayment TEXT NOT NULL CHECK (repayment IN ('annuity','serial')),
  remaining_years INTEGER NOT NULL CHECK (remaining_years BETWEEN 1 AND 50),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE loan_unit (
  loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  share REAL NOT NULL CHECK (share > 0 AND share <= 1),
  PRIMARY KEY (loan_id, unit_id)
) STRICT;
CREATE INDEX loan_unit_unit ON loan_unit(unit_id);

CREATE TABLE grant_record (
  id INTEGER PRIMARY KEY,
  grant_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
  amount INTEGER NOT NULL CHECK (amount > 0),
  paid_date TEXT NOT NULL,
  write_down_years INTEGER NOT NULL CHECK (write_down_years BETWEEN 1 AND 50),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE grant_unit (
  grant_id INTEGER NOT NULL REFERENCES grant_record(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  share REAL NOT NULL CHECK (share > 0 AND share <= 1),
  PRIMARY KEY (grant_id, unit_id)
) STRICT;
CREATE INDEX grant_unit_unit ON grant_unit(unit_id);
`;
