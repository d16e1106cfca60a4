/** Add `item` to the list under `key` in `map`, starting the list with it when it is the first. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
