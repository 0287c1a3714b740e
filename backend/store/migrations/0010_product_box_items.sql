-- Included items ("what's in the box") gain a quantity: each entry of
-- product_content.included_items_json changes from a plain string to
-- {"name": ..., "quantity": n}. Existing entries count as one of each.
UPDATE product_content
SET included_items_json = (
    SELECT COALESCE(json_group_array(json_object('name', value, 'quantity', 1)), '[]')
    FROM json_each(product_content.included_items_json)
    WHERE json_each.type = 'text' AND trim(value) != ''
)
WHERE json_valid(included_items_json) AND json_type(included_items_json) = 'array';
