export type HostProfile = 'node' | 'browser'

/** Which host's event loop the program runs on. */
export function HostPicker({ value, onChange }: { value: HostProfile; onChange: (host: HostProfile) => void }) {
  return (
    <label className="host-picker">
      <span>Host</span>
      <select aria-label="Host" value={value} onChange={(e) => onChange(e.currentTarget.value as HostProfile)}>
        <option value="node">Node.js</option>
        <option value="browser">Browser</option>
      </select>
    </label>
  )
}
