/** A generated password, shown once for the administrator to hand over (never stored here). */
export function PasswordShownOnce({ intro, password }: { intro: string; password: string }) {
  return (
    <>
      <p>{intro}</p>
      <p className="password-once" translate="no">{password}</p>
    </>
  );
}
