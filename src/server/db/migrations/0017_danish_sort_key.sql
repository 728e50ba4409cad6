-- The key lists sort by, so that a plain byte order ("C") gives the Danish order that
-- Intl.Collator('da', { numeric: true }) gives: case and accents folded (ü as y, ä as æ, ö as ø),
-- "aa" as å, æ ø å after z, any other character a space (before digits and letters, as in ICU),
-- and numbers by value (BC2 before BC10). Neither PGlite nor every PostgreSQL build has an ICU
-- Danish collation; this function runs on both, and stored in a column it can be indexed.
CREATE OR REPLACE FUNCTION "danish_sort_key"("value" text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT RETURN
  translate(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          replace(
            translate(lower("value"),
              'àáâãāèéêëēìíîïīòóôõōùúûūýÿüäöőçñšžčřđð',
              'aaaaaeeeeeiiiiiooooouuuuyyyæøøcnszcrdd'),
            'aa', 'å'),
          '[^0-9a-zæøå]+', ' ', 'g'),
        -- Every number padded to 18 digits, then cut back to its last 18: leading zeros vanish.
        '([0-9]+)', '000000000000000000\1', 'g'),
      '0*([0-9]{18})(?![0-9])', '\1', 'g'),
    'æøå', '{|}');
