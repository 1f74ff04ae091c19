/** Folkmoot's mark: people meeting in a circle. Decorative: the name beside it says what it is. */
export const Mark = ({ size }: { size: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <circle cx="16" cy="16" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
    {[0, 72, 144, 216, 288].map((angle) => (
      <circle key={angle} cx={16 + 10 * Math.sin((angle * Math.PI) / 180)} cy={16 - 10 * Math.cos((angle * Math.PI) / 180)} r="3.5" fill="currentColor" />
    ))}
  </svg>
)
