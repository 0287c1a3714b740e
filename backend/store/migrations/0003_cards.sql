-- Insert cards (PRODUCT.md §4). A design is one JSON document (schema
-- versioned inside it) that both the canvas and the PDF renderer read.
CREATE TABLE card_designs (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    design_json TEXT NOT NULL,
    thumbnail   BLOB,                 -- PNG, optional
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER               -- set by delete, cleared by undo
) STRICT;
CREATE INDEX card_designs_live ON card_designs(deleted_at, updated_at);

-- TrueType fonts the seller added; the bundled ones live in the binary.
CREATE TABLE card_fonts (
    family    TEXT NOT NULL,
    style     TEXT NOT NULL CHECK (style IN ('regular', 'bold', 'italic', 'bolditalic')),
    ttf       BLOB NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (family, style)
) STRICT;

-- The shop's brand kit: one row.
CREATE TABLE brand_kit (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    kit_json   TEXT NOT NULL,
    logo       BLOB,
    logo_mime  TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
) STRICT;
