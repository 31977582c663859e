//! What an id may look like, for every rule and tool that checks one (the
//! validation of regions and districts, planning a region by district).

/// `[a-z0-9-]+`: region ids, and district ids too.
pub(crate) fn is_valid_region_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
