#!/usr/bin/env bash
# Emulator CLI walk-through of the authorization lock (issue 4 "Done when"): refused/reverted edit, signed sidebar authorization, voiding, forged ledger row.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${1:-.tmp/auth-demo}
rm -rf "$D"
C="node local/bin/difusion-local.js --data $D"
T=titular@icm.gob.mx
A=asistente@icm.gob.mx
step() { printf '\n== %s\n' "$*"; }
# The reference the Titular's panel sends back: hoja, id and the fingerprint of the content it showed (panelPendientes).
seen() {
  $C run panelPendientes --as $T --json | node -e '
    const [hoja, id] = process.argv.slice(1);
    const r = JSON.parse(require("fs").readFileSync(0, "utf8")).result.find((p) => p.hoja === hoja && p.id === id);
    if (!r) { console.error(hoja + " " + id + " no está en el panel"); process.exit(1); }
    process.stdout.write(JSON.stringify([{ hoja, id, huella: r.huella }]));' "$1" "$2"
}

step "Libro propiedad de la Asistente (Sheets deja a la propietaria escribir en rangos protegidos); Configurar"
$C init --owner $A --at 2026-11-30T09:00 >/dev/null
$C run configurar --as $A --answer $T >/dev/null
$C edit "'Configuración'!B3" $A --as $A >/dev/null
$C run configurar --as $A --answer $T >/dev/null
$C run panelCrearPropuesta --as $A --args '[{"tipo":"Campaña","tema":"Vivir sin violencia","direccion":"Prevención","marcoLegal":"Ambas","descripcion":"Diciembre","del":"2026-12-01","al":"2026-12-31","redes":["X","Facebook"]}]'
$C run panelAutorizar --as $T --args "$(seen propuestas PRO-2026-0001)"
$C run panelGuardarPublicacion --as $A --args '[{"id":"","propuesta":"PRO-2026-0001","fecha":"2026-12-01","hora":"10:00","redes":["X","Facebook"],"textoX":"Vivir sin violencia es tu derecho https://icm.gob.mx","textoFacebook":"Campaña de diciembre","textoWeb":"","imagen":""}]'

step "1. La Asistente escribe «Autorizado» en Calendario!N2: se revierte, queda en Bitácora y se avisa a la Titular"
$C edit "'Calendario'!N2" Autorizado --as $A
$C run verificarAutorizaciones --as $A

step "2. La Titular autoriza desde el panel (panelAutorizar): registro firmado en Autorizaciones; la compuerta pasa"
$C run panelAutorizar --as $T --args "$(seen calendario CAL-20261201-1)"
$C run verificarAutorizaciones --as $A

step "3. Se edita el texto autorizado: «Requiere nueva autorización», registro «Anulada», un correo a la Titular"
$C clock --to 2026-11-30T09:20 >/dev/null  # el aviso del paso 1 salió hace 20 min: este sale enseguida
$C edit "'Calendario'!G2" "Texto cambiado después de autorizar" --as $A
$C dump Calendario --json | node -e 'const d=JSON.parse(require("fs").readFileSync(0,"utf8"));const h=d.values[0];const r=d.values[1];console.log("Estado de CAL-20261201-1: "+r[h.indexOf("Estado")])'
$C run verificarAutorizaciones --as $A

step "4. Una fila escrita a mano en Autorizaciones (firma copiada) no pasa la compuerta; la Titular recibe un correo al momento y el resto en un resumen"
$C clock --to 2026-11-30T09:40 >/dev/null
FIRMA=$($C dump Autorizaciones --json | node -e 'const d=JSON.parse(require("fs").readFileSync(0,"utf8"));const r=d.values.find(v=>v[2]==="CAL-20261201-1"&&v[3]==="Autorizado");process.stdout.write(String(r[7]))')
# The fingerprint of the row's current content, computed like the add-on does (so only the signature can give it away).
HUELLA=$($C dump Calendario --json | TZ=America/Monterrey node -e '
require("tsx/cjs/api").register();
const { canonicalCalendario } = require("./src/domain/authorization.ts");
const d = JSON.parse(require("fs").readFileSync(0, "utf8")); const h = d.values[0]; const r = d.values.find((v) => v[0] === "CAL-20261201-1");
const g = (k) => { const v = r[h.indexOf(k)]; return typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v; };
const c = canonicalCalendario({ id: g("ID"), fecha: g("Fecha"), hora: g("Hora"), redes: g("Redes"), textoX: g("Texto X"), textoFacebook: g("Texto Facebook"), textoWeb: g("Texto web"), imagen: g("Imagen") });
process.stdout.write(require("crypto").createHash("sha256").update(c, "utf8").digest("hex"));')
N=$(( $($C dump Autorizaciones --json | node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(0,"utf8")).values.length))') + 1 ))
for kv in "A:2026-11-30 09:30:00" "B:Calendario" "C:CAL-20261201-1" "D:Autorizado" "E:$T" "F:$HUELLA" "H:$FIRMA"; do
  $C edit "'Autorizaciones'!${kv%%:*}$N" "${kv#*:}" --as $A >/dev/null
done
$C run verificarAutorizaciones --as $A
echo "Correos a la Titular tras escribir las 7 celdas: $($C outbox --json | node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(0,"utf8")).length))')"
$C clock --to 2026-11-30T10:00 | tail -n 3  # la revisión horaria (tick) envía los avisos en espera en un resumen
echo "Correos a la Titular tras la revisión de las 10:00: $($C outbox --json | node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(0,"utf8")).length))')"

step "Bitácora, Autorizaciones y correos"
$C dump Bitácora | tail -n 12
$C dump Autorizaciones | head -n 12
$C outbox
