// The Difusión ICM add-on menu: one ordered list of items shared by onOpen and onInstall.

export interface MenuItem {
  label: string;
  functionName: string;
}

/** Menu items in display order; null is a separator. Each functionName must be exported by src/main.ts. */
export const MENU_ITEMS: ReadonlyArray<MenuItem | null> = [
  // Workbook
  { label: 'Configurar', functionName: 'configurar' },
  { label: 'Programar mes', functionName: 'programarMes' },
  { label: 'Actualizar vista del mes', functionName: 'actualizarVistaMes' },
  // Sidebar and authorization
  { label: 'Abrir panel', functionName: 'abrirPanel' },
  { label: 'Verificar autorizaciones', functionName: 'verificarAutorizaciones' },
  { label: 'Verificar bitácora', functionName: 'verificarBitacora' },
  // Publishing
  { label: 'Conectar redes', functionName: 'conectarRedes' },
  { label: 'Probar conexión', functionName: 'probarConexion' },
  { label: 'Publicar ahora', functionName: 'publicarAhora' },
  { label: 'Registrar publicación manual', functionName: 'registrarPublicacionManual' },
  // Monthly report
  { label: 'Informe mensual', functionName: 'informeMensual' },
  null,
  { label: 'Acerca de Difusión ICM', functionName: 'acercaDe' },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
