<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About pmdesk</source>
        <translation>Acerca de pmdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;pmdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;pmdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Write incident postmortems, keep every incident in one searchable library, and hand polished Word documents to leadership.</source>
        <translation>Escriba informes postmortem de incidentes, guarde todos los incidentes en una biblioteca donde buscar y entregue a la dirección documentos de Word bien presentados.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteca:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <source>{error}

Your work is saved. Details are in the log folder:
{folder}</source>
        <translation>{error}

Su trabajo está guardado. Los detalles están en la carpeta de registros:
{folder}</translation>
    </message>
    <message>
        <source>Cannot open the team library.

{error}</source>
        <translation>No se puede abrir la biblioteca del equipo.

{error}</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>No se puede abrir la biblioteca.</translation>
    </message>
    <message>
        <source>{error}

The file has been left exactly as it is:
{file}</source>
        <translation>{error}

El archivo se ha dejado exactamente como está:
{file}</translation>
    </message>
    <message>
        <source>

Another pmdesk has it open. Close it, then start pmdesk again to open the newest backup ({backup}).</source>
        <translation>

Otro pmdesk la tiene abierta. Ciérrelo y vuelva a iniciar pmdesk para abrir la copia de seguridad más reciente ({backup}).</translation>
    </message>
    <message>
        <source>

There is no backup of it yet.</source>
        <translation>

Todavía no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>

The newest backup is {backup}. Open it instead? The damaged file will be kept beside it, renamed.</source>
        <translation>

La copia de seguridad más reciente es {backup}. ¿Abrirla en su lugar? El archivo dañado se conservará al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Cannot open the library {library}.

{error}</source>
        <translation>No se puede abrir la biblioteca {library}.

{error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Could not save your changes: {error}</source>
        <translation>No se pudieron guardar sus cambios: {error}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation>Por ejemplo: Caída del pago tras el lanzamiento del producto</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What happened, for someone who was not there.</source>
        <translation>Qué pasó, para alguien que no estuvo allí.</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introducción:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Times on every page are shown in this zone.</source>
        <translation>Las páginas muestran las horas en esta zona.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Affected se&amp;rvices:</source>
        <translation>Se&amp;rvicios afectados:</translation>
    </message>
    <message>
        <source>Checkout, Search — separate with commas</source>
        <translation>Pago, Búsqueda — separados por comas</translation>
    </message>
    <message>
        <source>Aut&amp;hors:</source>
        <translation>Aut&amp;ores:</translation>
    </message>
    <message>
        <source>Your name, and anyone who wrote it with you</source>
        <translation>Su nombre y el de quienes lo escribieron con usted</translation>
    </message>
    <message>
        <source>Tag&amp;s:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>database, traffic — words to find it by later</source>
        <translation>base de datos, tráfico — palabras para encontrarlo más tarde</translation>
    </message>
</context>
<context>
    <name>CalendarLineEdit</name>
    <message>
        <source>Pick on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Give the postmortem a title.</source>
        <translation>Ponga un título al postmortem.</translation>
    </message>
    <message>
        <source>When did the incident start?</source>
        <translation>¿Cuándo empezó el incidente?</translation>
    </message>
    <message>
        <source>When was the incident over?</source>
        <translation>¿Cuándo terminó el incidente?</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El final es anterior al inicio.</translation>
    </message>
    <message>
        <source>Detection is before the start.</source>
        <translation>La detección es anterior al inicio.</translation>
    </message>
    <message>
        <source>Detection is after the end.</source>
        <translation>La detección es posterior al final.</translation>
    </message>
    <message>
        <source>Say who or what was affected, and how.</source>
        <translation>Diga quién o qué se vio afectado, y cómo.</translation>
    </message>
    <message>
        <source>Name the root cause in a sentence or two.</source>
        <translation>Indique la causa raíz en una o dos frases.</translation>
    </message>
    <message>
        <source>Add what happened, moment by moment.</source>
        <translation>Añada lo que pasó, momento a momento.</translation>
    </message>
    <message>
        <source>This event has no text.</source>
        <translation>Este evento no tiene texto.</translation>
    </message>
    <message>
        <source>This event is long before the incident started; check its date.</source>
        <translation>Este evento es muy anterior al inicio del incidente; revise su fecha.</translation>
    </message>
    <message>
        <source>This event is long after the incident ended; check its date.</source>
        <translation>Este evento es muy posterior al final del incidente; revise su fecha.</translation>
    </message>
    <message>
        <source>Who owns this task?</source>
        <translation>¿Quién es responsable de esta tarea?</translation>
    </message>
    <message>
        <source>When is this task due?</source>
        <translation>¿Para cuándo es esta tarea?</translation>
    </message>
    <message>
        <source>Who owns this task, and when is it due?</source>
        <translation>¿Quién es responsable de esta tarea y para cuándo es?</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Diga qué hay que hacer.</translation>
    </message>
    <message>
        <source>Say what is to be done, and who will do it.</source>
        <translation>Diga qué hay que hacer y quién lo hará.</translation>
    </message>
    <message>
        <source>Say what is to be done, and by when.</source>
        <translation>Diga qué hay que hacer y para cuándo.</translation>
    </message>
    <message>
        <source>Say what is to be done, who will do it and by when.</source>
        <translation>Diga qué hay que hacer, quién lo hará y para cuándo.</translation>
    </message>
    <message>
        <source>This task is past its due date.</source>
        <translation>Esta tarea ha pasado su fecha límite.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Mantener mi versión</translation>
    </message>
    <message>
        <source>Save what you see here over the other window&apos;s changes</source>
        <translation>Guardar lo que ve aquí sobre los cambios de la otra ventana</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Usar la otra versión</translation>
    </message>
    <message>
        <source>Show what the other window saved; your unsaved changes here are discarded</source>
        <translation>Mostrar lo que guardó la otra ventana; sus cambios sin guardar de aquí se descartan</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Cambiado en otra ventana</translation>
    </message>
    <message>
        <source>{message} Your changes here are not saved yet: keep your version, or use the one saved there.</source>
        <translation>{message} Sus cambios de aquí aún no están guardados: mantenga su versión o use la guardada allí.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>mean time to detect, last 12 months</source>
        <translation>tiempo medio hasta la detección, últimos 12 meses</translation>
    </message>
    <message>
        <source>mean time to resolve, last 12 months</source>
        <translation>tiempo medio hasta la resolución, últimos 12 meses</translation>
    </message>
    <message>
        <source>of follow-up tasks done</source>
        <translation>de las tareas de seguimiento hechas</translation>
    </message>
    <message>
        <source>Incidents per month (last 24 months)</source>
        <translation>Incidentes por mes (últimos 24 meses)</translation>
    </message>
    <message>
        <source>Incidents by severity (all time)</source>
        <translation>Incidentes por gravedad (desde siempre)</translation>
    </message>
    <message>
        <source>No incident started in the last 24 months. Older ones are in the Library tab.</source>
        <translation>Ningún incidente empezó en los últimos 24 meses. Los más antiguos están en la pestaña Biblioteca.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>{EXAMPLE_DAY} or next friday</source>
        <translation>{EXAMPLE_DAY} o «next friday»</translation>
    </message>
    <message>
        <source>Type a date (2023-11-15, Nov 15, 2023) or words: next friday, in 2 weeks, end of month. Alt+Down opens a calendar.</source>
        <translation>Escriba una fecha (2023-11-15, 15 nov 2023) o palabras (en inglés): next friday, in 2 weeks, end of month. Alt+Abajo abre un calendario.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{EXAMPLE_WHEN}  (or just 10:30 on the same day)</source>
        <translation>{EXAMPLE_WHEN}  (o solo 10:30 el mismo día)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>{problem} (Still saved: {kept}.)</source>
        <translation>{problem} (Sigue guardado: {kept}.)</translation>
    </message>
    <message>
        <source>{day} 10:30  (or just 10:30 on the same day)</source>
        <translation>{day} 10:30  (o solo 10:30 el mismo día)</translation>
    </message>
</context>
<context>
    <name>EditNames</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Por qué pasó</translation>
    </message>
    <message>
        <source>How it was fixed</source>
        <translation>Cómo se resolvió</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Qué se puede mejorar</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>Analogía</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>an event with no text</source>
        <translation>un evento sin texto</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>change to {label}</source>
        <translation>cambio en {label}</translation>
    </message>
    <message>
        <source>changed {label} {times}</source>
        <translation>cambiado {label} {times}</translation>
    </message>
    <message>
        <source>changed {label}</source>
        <translation>cambiado {label}</translation>
    </message>
    <message>
        <source>new event {name}</source>
        <translation>nuevo evento {name}</translation>
    </message>
    <message>
        <source>added {name}</source>
        <translation>añadido {name}</translation>
    </message>
    <message>
        <source>addition of {n} events</source>
        <translation>adición de {n} eventos</translation>
    </message>
    <message>
        <source>added {n} events</source>
        <translation>añadidos {n} eventos</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <translation>eliminación de {name}</translation>
    </message>
    <message>
        <source>removed {name}</source>
        <translation>eliminado {name}</translation>
    </message>
    <message>
        <source>removal of {n} events</source>
        <translation>eliminación de {n} eventos</translation>
    </message>
    <message>
        <source>removed {n} events</source>
        <translation>eliminados {n} eventos</translation>
    </message>
    <message>
        <source>move of {n} events</source>
        <translation>movimiento de {n} eventos</translation>
    </message>
    <message>
        <source>moved {n} events</source>
        <translation>movidos {n} eventos</translation>
    </message>
    <message>
        <source>change to {n} events</source>
        <translation>cambio en {n} eventos</translation>
    </message>
    <message>
        <source>changed {n} events</source>
        <translation>cambiados {n} eventos</translation>
    </message>
    <message>
        <source>move of {name}</source>
        <translation>movimiento de {name}</translation>
    </message>
    <message>
        <source>moved {name} {times}</source>
        <translation>movido {name} {times}</translation>
    </message>
    <message>
        <source>change to the kind of {name}</source>
        <translation>cambio del tipo de {name}</translation>
    </message>
    <message>
        <source>changed the kind of {name} to {kind}</source>
        <translation>cambiado el tipo de {name} a {kind}</translation>
    </message>
    <message>
        <source>change to the text of {name}</source>
        <translation>cambio del texto de {name}</translation>
    </message>
    <message>
        <source>changed the text of {name}</source>
        <translation>cambiado el texto de {name}</translation>
    </message>
    <message>
        <source>change to {name}</source>
        <translation>cambio en {name}</translation>
    </message>
    <message>
        <source>changed {name}</source>
        <translation>cambiado {name}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>una tarea</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>nueva tarea</translation>
    </message>
    <message>
        <source>addition of {n} tasks</source>
        <translation>adición de {n} tareas</translation>
    </message>
    <message>
        <source>added {n} tasks</source>
        <translation>añadidas {n} tareas</translation>
    </message>
    <message>
        <source>removal of {n} tasks</source>
        <translation>eliminación de {n} tareas</translation>
    </message>
    <message>
        <source>removed {n} tasks</source>
        <translation>eliminadas {n} tareas</translation>
    </message>
    <message>
        <source>a new task</source>
        <translation>una tarea nueva</translation>
    </message>
    <message>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <source>change to the {part} of {name}</source>
        <translation>cambio en {part} de {name}</translation>
    </message>
    <message>
        <source>changed the {part} of {name}</source>
        <translation>cambiado {part} de {name}</translation>
    </message>
    <message>
        <source>new order of the tasks</source>
        <translation>nuevo orden de las tareas</translation>
    </message>
    <message>
        <source>reordered the tasks</source>
        <translation>reordenadas las tareas</translation>
    </message>
    <message>
        <source>change to the tasks</source>
        <translation>cambio en las tareas</translation>
    </message>
    <message>
        <source>changed the tasks</source>
        <translation>cambiadas las tareas</translation>
    </message>
</context>
<context>
    <name>EditorCalendar</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>EditorChoices</name>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>EditorConflictBar</name>
    <message>
        <source>Changed in another window</source>
        <translation>Cambiado en otra ventana</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Mantener mi versión</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
</context>
<context>
    <name>EditorDatetimeField</name>
    <message>
        <source>Type a date and time (2024-03-13 22:40), a time alone (00:45: after midnight it is the next day), or words: Wed 00:45, yesterday 14:00, last night 10:40pm, +15 min (after the start). Alt+Down opens a calendar.</source>
        <translation>Escriba fecha y hora (2024-03-13 22:40), solo una hora (00:45: pasada la medianoche es el día siguiente) o palabras (en inglés): Wed 00:45, yesterday 14:00, last night 10:40pm, +15 min (después del inicio). Alt+Abajo abre un calendario.</translation>
    </message>
</context>
<context>
    <name>EditorEventsTable</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>{reason}

Nothing was written. Choose another folder or file name and try again.</source>
        <translation>{reason}

No se escribió nada. Elija otra carpeta u otro nombre de archivo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>EditorExports</name>
    <message>
        <source>Exporting the postmortem…</source>
        <translation>Exportando el postmortem…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Exported to {name} in {parent}.</source>
        <translation>Exportado como {name} en {parent}.</translation>
    </message>
</context>
<context>
    <name>EditorFigures</name>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>Time to escalate</source>
        <translation>Tiempo hasta la escalada</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
</context>
<context>
    <name>EditorPageNarrative</name>
    <message>
        <source>&amp;Why it happened:</source>
        <translation>&amp;Por qué pasó:</translation>
    </message>
    <message>
        <source>The chain of causes, in plain words: what happened first, what that led to.</source>
        <translation>La cadena de causas, en palabras sencillas: qué pasó primero y a qué llevó.</translation>
    </message>
    <message>
        <source>&amp;How it was fixed:</source>
        <translation>&amp;Cómo se resolvió:</translation>
    </message>
    <message>
        <source>What stopped the impact, and what was done afterwards.</source>
        <translation>Qué detuvo el impacto y qué se hizo después.</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusión:</translation>
    </message>
    <message>
        <source>What the team takes away from this incident.</source>
        <translation>Lo que el equipo se lleva de este incidente.</translation>
    </message>
</context>
<context>
    <name>EditorPageTimeline</name>
    <message>
        <source>{lines} and {n} more</source>
        <translation>{lines} y {n} más</translation>
    </message>
    <message>
        <source>1 pasted line has no time and was not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation>1 línea pegada no tiene hora y no se añadió: {lines}. Ponga una hora delante (10:30 …) y vuelva a pegar.</translation>
    </message>
    <message>
        <source>{n} pasted lines have no time and were not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation>{n} líneas pegadas no tienen hora y no se añadieron: {lines}. Ponga una hora delante (10:30 …) y vuelva a pegar.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
</context>
<context>
    <name>EditorReviewRender</name>
    <message>
        <source>*This preview shows the first {shown} of {n} events; the exported documents have all of them.*</source>
        <translation>*Esta vista previa muestra los primeros {shown} de {n} eventos; los documentos exportados los tienen todos.*</translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation>Mostrar {n} más</translation>
    </message>
    <message>
        <source>could not be drawn: the log says why</source>
        <translation>no se pudo dibujar: el registro dice por qué</translation>
    </message>
    <message>
        <source>appears here once there are events</source>
        <translation>aparece aquí cuando haya eventos</translation>
    </message>
    <message>
        <source>[The timeline chart {why}.]</source>
        <translation>[El gráfico de la cronología {why}.]</translation>
    </message>
    <message>
        <source>Write a short introduction.</source>
        <translation>Escriba una breve introducción.</translation>
    </message>
    <message>
        <source>Explain why it happened and how it was fixed.</source>
        <translation>Explique por qué pasó y cómo se resolvió.</translation>
    </message>
    <message>
        <source>Say what will change: improvements or tasks.</source>
        <translation>Diga qué va a cambiar: mejoras o tareas.</translation>
    </message>
    <message>
        <source>Write a short conclusion.</source>
        <translation>Escriba una breve conclusión.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
</context>
<context>
    <name>EditorSteps</name>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>EditorTasksTable</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Página anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Página siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>Also editing</source>
        <translation>También editando</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the full &amp;report (Word)…</source>
        <translation>Exportar el &amp;informe completo (Word)…</translation>
    </message>
    <message>
        <source>Export the leadership &amp;summary (Word)…</source>
        <translation>Exportar el &amp;resumen para la dirección (Word)…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;{number} {step}</source>
        <translation>&amp;{number} {step}</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Ayuda de esta página</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Next: review</source>
        <translation>&amp;Siguiente: revisión</translation>
    </message>
    <message>
        <source>{title} — pmdesk</source>
        <translation>{title} — pmdesk</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sin título</translation>
    </message>
    <message>
        <source>Also open by {names}</source>
        <translation>También abierto por {names}</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>Updated with changes someone else just saved.</source>
        <translation>Actualizado con cambios que otra persona acaba de guardar.</translation>
    </message>
    <message>
        <source>Showing the version saved in the other window.</source>
        <translation>Se muestra la versión guardada en la otra ventana.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your last changes could not be saved to the library. Close anyway and lose them?</source>
        <translation>Sus últimos cambios no se pudieron guardar en la biblioteca. ¿Cerrar de todos modos y perderlos?</translation>
    </message>
</context>
<context>
    <name>EngagingPage</name>
    <message>
        <source>&amp;Analogy (optional):</source>
        <translation>&amp;Analogía (opcional):</translation>
    </message>
    <message>
        <source>A light-hearted picture of what it felt like, e.g. a traffic jam on a highway.</source>
        <translation>Una imagen desenfadada de cómo se vivió, p. ej. un atasco en la autopista.</translation>
    </message>
    <message>
        <source>The analogy is left out of the Word export for leadership unless you choose to include it; the Markdown export keeps it.</source>
        <translation>La analogía se omite en la exportación de Word para la dirección, salvo que decida incluirla; la exportación Markdown la conserva.</translation>
    </message>
    <message>
        <source>Timeline chart preview</source>
        <translation>Vista previa del gráfico de la cronología</translation>
    </message>
    <message>
        <source>Timeline chart (drawn from your timeline):</source>
        <translation>Gráfico de la cronología (dibujado a partir de su cronología):</translation>
    </message>
    <message>
        <source>Add events on the Timeline page and the chart appears here.</source>
        <translation>Añada eventos en la página Cronología y el gráfico aparecerá aquí.</translation>
    </message>
    <message>
        <source>The chart could not be drawn (the log says why).</source>
        <translation>No se pudo dibujar el gráfico (el registro dice por qué).</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <source>Example from the sample postmortem</source>
        <translation>Ejemplo del postmortem de muestra</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>Ejemplo: {example}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Full &amp;report (Word)</source>
        <translation>&amp;Informe completo (Word)</translation>
    </message>
    <message>
        <source>Leadership &amp;summary (Word, one page)</source>
        <translation>&amp;Resumen para la dirección (Word, una página)</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The authors and the owner of each task. Names typed into the text itself (the timeline, the narrative) stay: change them there.</source>
        <translation>Los autores y el responsable de cada tarea. Los nombres escritos en el propio texto (la cronología, el relato) se mantienen: cámbielos allí.</translation>
    </message>
    <message>
        <source>Export — pmdesk</source>
        <translation>Exportar — pmdesk</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>Exportar «{title}».</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sin título</translation>
    </message>
    <message>
        <source>Export the selected incident to a file named after its title.</source>
        <translation>Exportar el incidente seleccionado a un archivo con el nombre de su título.</translation>
    </message>
    <message>
        <source>Export the {n} selected incidents, one file each, named after its title.</source>
        <translation>Exportar los {n} incidentes seleccionados, un archivo cada uno, con el nombre de su título.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>The light-hearted &amp;analogy</source>
        <translation>La &amp;analogía desenfadada</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names (authors and task owners)</source>
        <translation>Los &amp;nombres de personas (autores y responsables)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Qué exportar:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>JSON keeps every field: it is for scripts and other tools.</source>
        <translation>JSON guarda todos los campos: es para scripts y otras herramientas.</translation>
    </message>
    <message>
        <source>Choose an existing folder to export into.</source>
        <translation>Elija una carpeta existente donde exportar.</translation>
    </message>
    <message>
        <source>Type a file name, or choose one with Browse.</source>
        <translation>Escriba un nombre de archivo o elija uno con Examinar.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>La carpeta {folder} no existe; elija una carpeta existente.</translation>
    </message>
    <message>
        <source>The name ends in {typed}, which is not {chosen}: end it in {suffix} or choose {other}.</source>
        <translation>El nombre termina en {typed}, que no es {chosen}: termínelo en {suffix} o elija {other}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} ya existe en {parent}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Export postmortem</source>
        <translation>Exportar el postmortem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Issue Summary</source>
        <translation>Resumen del incidente</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Root Cause and Resolution</source>
        <translation>Causa raíz y resolución</translation>
    </message>
    <message>
        <source>Corrective and Preventative Measures</source>
        <translation>Medidas correctivas y preventivas</translation>
    </message>
    <message>
        <source>Making it Engaging</source>
        <translation>Para hacerlo ameno</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Investigado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sin salida</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Section {number}: {name}</source>
        <translation>Sección {number}: {name}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Incident Timeline Chart</source>
        <translation>Gráfico de la cronología del incidente</translation>
    </message>
    <message>
        <source>To make this postmortem engaging, we&apos;ve prepared a visual representation of the incident timeline:</source>
        <translation>Para que este postmortem sea ameno, hemos preparado una representación visual de la cronología del incidente:</translation>
    </message>
    <message>
        <source>Additionally, we&apos;d like to share a humorous take on our incident response:</source>
        <translation>Además, queremos compartir una visión con humor de nuestra respuesta al incidente:</translation>
    </message>
    <message>
        <source>Here is a humorous take on our incident response:</source>
        <translation>Esta es una visión con humor de nuestra respuesta al incidente:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Start Time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Detection Time</source>
        <translation>Hora de detección</translation>
    </message>
    <message>
        <source>End Time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Root Cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>What Can Be Improved</source>
        <translation>Qué se puede mejorar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sin título</translation>
    </message>
    <message>
        <source>Issue summary</source>
        <translation>Resumen del incidente</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Root cause and resolution</source>
        <translation>Causa raíz y resolución</translation>
    </message>
    <message>
        <source>Corrective and preventative measures</source>
        <translation>Medidas correctivas y preventivas</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Qué se puede mejorar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Making it engaging</source>
        <translation>Para hacerlo ameno</translation>
    </message>
    <message>
        <source>Figure 1. Incident timeline</source>
        <translation>Figura 1. Cronología del incidente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Hora ({zone})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Not yet resolved</source>
        <translation>Aún sin resolver</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>Resumen para la dirección</translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation>Gravedad: {severity}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Prepared by {authors} on {date}</source>
        <translation>Preparado por {authors} el {date}</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Preparado el {date}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <source> of </source>
        <translation> de </translation>
    </message>
    <message>
        <source>Incident postmortem</source>
        <translation>Postmortem del incidente</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tareas de seguimiento</translation>
    </message>
    <message>
        <source>In other words: </source>
        <translation>En otras palabras: </translation>
    </message>
    <message>
        <source>Root cause: </source>
        <translation>Causa raíz: </translation>
    </message>
    <message>
        <source>What happened: </source>
        <translation>Qué pasó: </translation>
    </message>
    <message>
        <source>Resolution: </source>
        <translation>Resolución: </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>… and {n} more statements in the full report.</source>
        <translation>… y {n} afirmaciones más en el informe completo.</translation>
    </message>
    <message>
        <source>… and 1 more task ({open} open) in the full report.</source>
        <translation>… y 1 tarea más ({open} abierta) en el informe completo.</translation>
    </message>
    <message>
        <source>… and {n} more tasks ({open} open) in the full report.</source>
        <translation>… y {n} tareas más ({open} abiertas) en el informe completo.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>{caption}: {text}</source>
        <translation>{caption}: {text}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Words in any part of an incident, its events or tasks</source>
        <translation>Palabras de cualquier parte de un incidente, sus eventos o tareas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Every section, with the timeline table and chart.</source>
        <translation>Todas las secciones, con la tabla y el gráfico de la cronología.</translation>
    </message>
    <message>
        <source>The figures, impact, cause and follow-up tasks on one page.</source>
        <translation>Las cifras, el impacto, la causa y las tareas de seguimiento en una página.</translation>
    </message>
    <message>
        <source>For wikis and chat, in the sample&apos;s layout; the chart as a picture beside it.</source>
        <translation>Para wikis y chats, con la estructura de la muestra; el gráfico como imagen al lado.</translation>
    </message>
    <message>
        <source>Every field as it is stored, for scripts and other tools.</source>
        <translation>Todos los campos tal como se guardan, para scripts y otras herramientas.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>pmdesk guide</source>
        <translation>Guía de pmdesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>Row {row}:</source>
        <translation>Fila {row}:</translation>
    </message>
    <message>
        <source>“{phrase}”: {message}</source>
        <translation>«{phrase}»: {message}</translation>
    </message>
    <message>
        <source>Write “{rewrite}” instead of “{phrase}”</source>
        <translation>Escribir «{rewrite}» en lugar de «{phrase}»</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import postmortems — pmdesk</source>
        <translation>Importar postmortems — pmdesk</translation>
    </message>
    <message>
        <source>pmdesk read 1 file. Check what it found beside the file&apos;s text; if times or dates were read wrong, change how they are read. Nothing is saved until you press Import.</source>
        <translation>pmdesk leyó 1 archivo. Compruebe lo que encontró junto al texto del archivo; si leyó mal horas o fechas, cambie cómo se leen. No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>pmdesk read {n} files. Check what it found beside each file&apos;s text; if times or dates were read wrong, change how they are read. Nothing is saved until you press Import.</source>
        <translation>pmdesk leyó {n} archivos. Compruebe lo que encontró junto al texto de cada archivo; si leyó mal horas o fechas, cambie cómo se leen. No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation>El texto del archivo</translation>
    </message>
    <message>
        <source>What pmdesk found</source>
        <translation>Lo que encontró pmdesk</translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation>Según el documento</translation>
    </message>
    <message>
        <source>Dates such as 03-04-2021 are &amp;day first (3 April)</source>
        <translation>Las fechas como 03-04-2021 llevan el &amp;día primero (3 de abril)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Las horas sin &amp;zona están en:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>(no title found)</source>
        <translation>(no se encontró título)</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>&amp;Import 1 postmortem</source>
        <translation>&amp;Importar 1 postmortem</translation>
    </message>
    <message>
        <source>&amp;Import {n} postmortems</source>
        <translation>&amp;Importar {n} postmortems</translation>
    </message>
    <message>
        <source>&lt;p&gt;This file cannot be imported: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este archivo no se puede importar: {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Event text</source>
        <translation>Texto del evento</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Another pmdesk window has this library open. You can work in both: every change is saved at once. Changes made there show in this library list when you refresh (F5). If both windows change the same part of an incident, pmdesk asks which version to keep instead of saving over the other.</source>
        <translation>Otra ventana de pmdesk tiene abierta esta biblioteca. Puede trabajar en ambas: cada cambio se guarda al momento. Los cambios hechos allí aparecen en esta lista al actualizar (F5). Si ambas ventanas cambian la misma parte de un incidente, pmdesk pregunta qué versión conservar en lugar de sobrescribir la otra.</translation>
    </message>
</context>
<context>
    <name>IoErrors</name>
    <message>
        <source>you do not have permission to write there</source>
        <translation>no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>se ha agotado su cuota de disco</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>the program reading it stopped</source>
        <translation>el programa que lo leía se detuvo</translation>
    </message>
    <message>
        <source>no program is reading from it</source>
        <translation>ningún programa lo está leyendo</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>una tubería</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a disk device</source>
        <translation>un dispositivo de disco</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is {what}, not a file.</source>
        <translation>No se puede escribir {target}: es {what}, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {value}.</source>
        <translation>No se puede escribir {target}: {value}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a pipe that no program is reading from.</source>
        <translation>No se puede escribir {target}: es una tubería de la que ningún programa está leyendo.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it changed while pmdesk wrote it.</source>
        <translation>No se puede escribir {target}: cambió mientras pmdesk lo escribía.</translation>
    </message>
    <message>
        <source>This Word file cannot be imported: {why}.</source>
        <translation>Este archivo de Word no se puede importar: {why}.</translation>
    </message>
    <message>
        <source>This is not a Word document (.docx); save it from Word as .docx and try again.</source>
        <translation>No es un documento de Word (.docx); guárdelo desde Word como .docx e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is a zip file, not a Word document (.docx).</source>
        <translation>Es un archivo zip, no un documento de Word (.docx).</translation>
    </message>
    <message>
        <source>This is too long to be a postmortem (more than 512 KB of text): import only the postmortem itself.</source>
        <translation>Es demasiado largo para ser un postmortem (más de 512 KB de texto): importe solo el postmortem.</translation>
    </message>
    <message>
        <source>The Word template {template} is not a Word document pmdesk can use ({kind}).</source>
        <translation>La plantilla de Word {template} no es un documento de Word que pmdesk pueda usar ({kind}).</translation>
    </message>
    <message>
        <source>The Word template {path} does not exist.</source>
        <translation>La plantilla de Word {path} no existe.</translation>
    </message>
    <message>
        <source>It is larger than {size} MB, too large for a template.</source>
        <translation>Ocupa más de {size} MB, demasiado para una plantilla.</translation>
    </message>
    <message>
        <source>The Word template {path} cannot be used. {exc}</source>
        <translation>La plantilla de Word {path} no se puede usar. {exc}</translation>
    </message>
    <message>
        <source>The Word template {path} {exc}.</source>
        <translation>La plantilla de Word {path}: {exc}.</translation>
    </message>
    <message>
        <source>The Word template {path} is not a Word document (.docx or .dotx), or it is damaged.</source>
        <translation>La plantilla de Word {path} no es un documento de Word (.docx o .dotx), o está dañada.</translation>
    </message>
    <message>
        <source>{reason} Choose another template in Preferences.</source>
        <translation>{reason} Elija otra plantilla en Preferencias.</translation>
    </message>
    <message>
        <source>This is a binary file, not a postmortem.</source>
        <translation>Es un archivo binario, no un postmortem.</translation>
    </message>
    <message>
        <source>This is not UTF-8 text (byte {start}); save it as UTF-8 and try again.</source>
        <translation>No es texto UTF-8 (byte {start}); guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is not valid {value} text (byte {start}); save it as UTF-8 and try again.</source>
        <translation>No es texto {value} válido (byte {start}); guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB; it is not a postmortem.</source>
        <translation>Este archivo ocupa más de 20 MB; no es un postmortem.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt!r}.</source>
        <translation>Formato de exportación desconocido {fmt!r}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: that is {role}, and writing there would destroy it. Choose another file name.</source>
        <translation>No se puede escribir {path}: es {role}, y escribir ahí lo destruiría. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>This is {role}, not a postmortem.</source>
        <translation>Es {role}, no un postmortem.</translation>
    </message>
    <message>
        <source>{where}: expected a date and time as text, got {value}.</source>
        <translation>{where}: se esperaba una fecha y hora como texto, se recibió {value}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not an ISO 8601 date and time.</source>
        <translation>{where}: {value} no es una fecha y hora ISO 8601.</translation>
    </message>
    <message>
        <source>{where}: {value} has no UTC offset (add Z or +00:00).</source>
        <translation>{where}: {value} no tiene desfase UTC (añada Z o +00:00).</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <source>{where}: {value} is not an ISO 8601 date.</source>
        <translation>{where}: {value} no es una fecha ISO 8601.</translation>
    </message>
    <message>
        <source>{where}{key}: expected text, got {kind}.</source>
        <translation>{where}{key}: se esperaba texto, se recibió {kind}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of: {choices}.</source>
        <translation>{where}: {value} no es ninguno de: {choices}.</translation>
    </message>
    <message>
        <source>{where}: id: expected text, got {kind}.</source>
        <translation>{where}: id: se esperaba texto, se recibió {kind}.</translation>
    </message>
    <message>
        <source>{where}: id {value} is not usable (at most {MAX_ID} characters, no control characters or lone surrogates).</source>
        <translation>{where}: el id {value} no se puede usar (como mucho {MAX_ID} caracteres, sin caracteres de control ni sustitutos sueltos).</translation>
    </message>
    <message>
        <source>timezone: {value} is not a known time zone.</source>
        <translation>timezone: {value} no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>{key}: expected a list of text.</source>
        <translation>{key}: se esperaba una lista de textos.</translation>
    </message>
    <message>
        <source>{key}: expected a list of objects.</source>
        <translation>{key}: se esperaba una lista de objetos.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON is not an object.</source>
        <translation>No es un postmortem de pmdesk: el JSON no es un objeto.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: no title, times, impact or timeline.</source>
        <translation>No es un postmortem de pmdesk: no tiene título, horas, impacto ni cronología.</translation>
    </message>
    <message>
        <source>{where}: has no time.</source>
        <translation>{where}: no tiene hora.</translation>
    </message>
    <message>
        <source>Not valid JSON: {msg} at line {lineno}.</source>
        <translation>JSON no válido: {msg} en la línea {lineno}.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON is nested too deeply.</source>
        <translation>No es un postmortem de pmdesk: el JSON está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON holds a number too long to read.</source>
        <translation>No es un postmortem de pmdesk: el JSON contiene un número demasiado largo para leerlo.</translation>
    </message>
    <message>
        <source>This does not look like a postmortem: no title label, no sections such as Impact or Timeline and no timeline events were found.</source>
        <translation>No parece un postmortem: no se encontró ninguna etiqueta de título, ninguna sección como Impacto o Cronología ni ningún evento.</translation>
    </message>
    <message>
        <source>This is too long to be a postmortem ({size:.1f} MB; the limit is 512 KB): import only the postmortem itself.</source>
        <translation>Es demasiado largo para ser un postmortem ({size:.1f} MB; el límite es 512 KB): importe solo el postmortem.</translation>
    </message>
    <message>
        <source>There is nothing to import: the text is empty.</source>
        <translation>No hay nada que importar: el texto está vacío.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not Markdown text.</source>
        <translation>Parece un archivo binario, no texto Markdown.</translation>
    </message>
    <message>
        <source>This is not UTF-8 text (is it a Word document or a binary file?); save it as Markdown or plain text in UTF-8 and try again.</source>
        <translation>No es texto UTF-8 (¿es un documento de Word o un archivo binario?); guárdelo como Markdown o texto sin formato en UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name}: this is too long to be a postmortem (the limit is 512 KB); import only the postmortem itself.</source>
        <translation>{name}: es demasiado largo para ser un postmortem (el límite es 512 KB); importe solo el postmortem.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>No se puede leer {name}: {value}.</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>This is {what}, not a plain file; pmdesk reads only files on disk.</source>
        <translation>Esto es {what}, no un archivo normal; pmdesk solo lee archivos del disco.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo: {reason}.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{title}
{current}</source>
        <translation>{title}
{current}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>it is not a postmortem pmdesk can read: {error}</source>
        <translation>no es un postmortem que pmdesk pueda leer: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>incident {id}</source>
        <translation>incidente {id}</translation>
    </message>
    <message>
        <source>{done} of {n} incidents</source>
        <translation>{done} de {n} incidentes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Investigado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sin salida</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prevenir</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigar</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;New postmortem…</source>
        <translation>&amp;Nuevo postmortem…</translation>
    </message>
    <message>
        <source>Write a new postmortem, guided page by page</source>
        <translation>Escribir un nuevo postmortem, con una guía página a página</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected incident in the editor</source>
        <translation>Abrir el incidente seleccionado en el editor</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Make a copy of the selected incident</source>
        <translation>Hacer una copia del incidente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the selected incidents to the trash</source>
        <translation>Mover los incidentes seleccionados a la papelera</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>Restore deleted incidents, or delete them for good</source>
        <translation>Recuperar incidentes eliminados, o eliminarlos definitivamente</translation>
    </message>
    <message>
        <source>Re&amp;build search index…</source>
        <translation>Re&amp;construir el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Index every incident afresh, if a search misses what it should find</source>
        <translation>Indexar de nuevo todos los incidentes, si una búsqueda no encuentra lo que debería</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import Markdown or JSON postmortems</source>
        <translation>Importar postmortems en Markdown o JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the selected incidents as Word or Markdown files</source>
        <translation>Exportar los incidentes seleccionados como archivos de Word o Markdown</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search every incident</source>
        <translation>Buscar en todos los incidentes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Show changes made by another pmdesk window on this library</source>
        <translation>Mostrar los cambios hechos por otra ventana de pmdesk en esta biblioteca</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Time zone, author name, folders</source>
        <translation>Zona horaria, nombre de autor, carpetas</translation>
    </message>
    <message>
        <source>Open &amp;team library…</source>
        <translation>Abrir biblioteca del e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL server</source>
        <translation>Abrir una biblioteca compartida en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit pmdesk</source>
        <translation>Salir de pmdesk</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Show the incident library</source>
        <translation>Mostrar la biblioteca de incidentes</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Show incident figures and charts</source>
        <translation>Mostrar cifras y gráficos de los incidentes</translation>
    </message>
    <message>
        <source>pmdesk &amp;guide</source>
        <translation>&amp;Guía de pmdesk</translation>
    </message>
    <message>
        <source>How to use pmdesk, page by page</source>
        <translation>Cómo usar pmdesk, página a página</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Todos los atajos de teclado de esta ventana</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>The first steps, shown at first start</source>
        <translation>Los primeros pasos, mostrados en el primer inicio</translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation>&amp;Acerca de pmdesk</translation>
    </message>
    <message>
        <source>Version and file locations</source>
        <translation>Versión y ubicación de los archivos</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Eliminar «{title}»</translation>
    </message>
    <message>
        <source>Delete {n} incidents</source>
        <translation>Eliminar {n} incidentes</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Recuperar «{title}»</translation>
    </message>
    <message>
        <source>Restore {n} incidents</source>
        <translation>Recuperar {n} incidentes</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Duplicar «{title}»</translation>
    </message>
    <message>
        <source>Duplicate {n} incidents</source>
        <translation>Duplicar {n} incidentes</translation>
    </message>
    <message>
        <source>Import 1 incident</source>
        <translation>Importar 1 incidente</translation>
    </message>
    <message>
        <source>Import {n} incidents</source>
        <translation>Importar {n} incidentes</translation>
    </message>
</context>
<context>
    <name>LibraryDashboard</name>
    <message>
        <source>No incidents yet. Charts and figures appear here once you write a postmortem (File → New postmortem, Ctrl+N) or import some (File → Import).</source>
        <translation>Todavía no hay incidentes. Los gráficos y las cifras aparecen aquí cuando escriba un postmortem (Archivo → Nuevo postmortem, Ctrl+N) o importe alguno (Archivo → Importar).</translation>
    </message>
    <message>
        <source>No incident of the last 12 months has the times to work this out from.</source>
        <translation>Ningún incidente de los últimos 12 meses tiene las horas para calcularlo.</translation>
    </message>
    <message>
        <source>No postmortem has follow-up tasks yet.</source>
        <translation>Ningún postmortem tiene todavía tareas de seguimiento.</translation>
    </message>
    <message>
        <source>incident in the library</source>
        <translation>incidente en la biblioteca</translation>
    </message>
    <message>
        <source>incidents in the library</source>
        <translation>incidentes en la biblioteca</translation>
    </message>
    <message>
        <source>task overdue</source>
        <translation>tarea vencida</translation>
    </message>
    <message>
        <source>tasks overdue</source>
        <translation>tareas vencidas</translation>
    </message>
    <message>
        <source>postmortem still in draft</source>
        <translation>postmortem aún en borrador</translation>
    </message>
    <message>
        <source>postmortems still in draft</source>
        <translation>postmortems aún en borrador</translation>
    </message>
</context>
<context>
    <name>LibraryImportPreview</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>To Notes</source>
        <translation>A Notas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>LibraryImportSummary</name>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Doubts — check these</source>
        <translation>Dudas — revíselas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No timeline events&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sin eventos en la cronología&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No tasks&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sin tareas&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supuesto</translation>
    </message>
</context>
<context>
    <name>LibraryLibraryPage</name>
    <message>
        <source>No incidents yet.
Write one with New postmortem (Ctrl+N), or bring existing ones in with Import (Ctrl+I).</source>
        <translation>Todavía no hay incidentes.
Escriba uno con Nuevo postmortem (Ctrl+N) o traiga los que ya tenga con Importar (Ctrl+I).</translation>
    </message>
    <message>
        <source>No incident matches these filters.
Try fewer or shorter words, or Clear filters to see every incident.</source>
        <translation>Ningún incidente coincide con estos filtros.
Pruebe con menos palabras o más cortas, o quite los filtros para ver todos los incidentes.</translation>
    </message>
    <message>
        <source>Your postmortems will be previewed here.</source>
        <translation>Aquí verá la vista previa de sus postmortems.</translation>
    </message>
    <message>
        <source>Nothing to preview: no incident matches the filters.</source>
        <translation>Nada que mostrar: ningún incidente coincide con los filtros.</translation>
    </message>
</context>
<context>
    <name>LibraryMode</name>
    <message>
        <source>Library state</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <source>Read-only team library</source>
        <translation>Biblioteca del equipo de solo lectura</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Biblioteca del equipo</translation>
    </message>
</context>
<context>
    <name>LibraryOverduePanel</name>
    <message>
        <source>Nothing is overdue. Open tasks whose due date has passed will be listed here; double-click one to open its incident.</source>
        <translation>No hay nada vencido. Aquí aparecerán las tareas abiertas cuya fecha límite haya pasado; haga doble clic en una para abrir su incidente.</translation>
    </message>
    <message>
        <source>Looking for overdue tasks…</source>
        <translation>Buscando tareas vencidas…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
</context>
<context>
    <name>LibraryPreview</name>
    <message>
        <source>Select an incident in the list to see its summary here.</source>
        <translation>Seleccione un incidente de la lista para ver aquí su resumen.</translation>
    </message>
    <message>
        <source>Root cause detail</source>
        <translation>Detalle de la causa raíz</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Qué se puede mejorar</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>Analogía</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>Your library is a team library on a PostgreSQL server ({server}). {backups}</source>
        <translation>Su biblioteca es una biblioteca del equipo en un servidor PostgreSQL ({server}). {backups}</translation>
    </message>
    <message>
        <source>Your library is one file on this computer, backed up every day: {file}</source>
        <translation>Su biblioteca es un archivo en este equipo, con una copia de seguridad diaria: {file}</translation>
    </message>
    <message>
        <source>Its backups are made on the server (pg_dump) by whoever runs it: pmdesk makes none of a team library.</source>
        <translation>Las copias de seguridad las hace en el servidor (pg_dump) quien lo administra: pmdesk no hace ninguna de una biblioteca del equipo.</translation>
    </message>
    <message>
        <source>One a day in {folder}, the last seven kept.</source>
        <translation>Una al día en {folder}; se conservan las siete últimas.</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached, so not every incident was changed. Try again when the connection returns.</source>
        <translation>No se puede conectar con el servidor de la biblioteca del equipo, así que no se cambiaron todos los incidentes. Inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>LibraryTableColumns</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>LibraryTeamDialog</name>
    <message>
        <source>The address of the team library, for example
postgresql://ana@db.example.com/incidents?sslmode=verify-full
or postgresql://?service=incidents for a service of pg_service.conf.

pmdesk keeps no password: PostgreSQL&apos;s own tools find it in ~/.pgpass, in the service or in PGPASSWORD.</source>
        <translation>La dirección de la biblioteca del equipo, por ejemplo
postgresql://ana@db.example.com/incidents?sslmode=verify-full
o postgresql://?service=incidents para un servicio de pg_service.conf.

pmdesk no guarda contraseñas: las herramientas de PostgreSQL la encuentran en ~/.pgpass, en el servicio o en PGPASSWORD.</translation>
    </message>
    <message>
        <source>Open team library</source>
        <translation>Abrir biblioteca del equipo</translation>
    </message>
    <message>
        <source>A team library&apos;s address starts with postgresql://.</source>
        <translation>La dirección de una biblioteca del equipo empieza por postgresql://.</translation>
    </message>
    <message>
        <source>This address holds a password. pmdesk uses it now but does not remember it: put the password in ~/.pgpass (or a service of pg_service.conf) instead.</source>
        <translation>Esta dirección contiene una contraseña. pmdesk la usa ahora pero no la recuerda: ponga la contraseña en ~/.pgpass (o en un servicio de pg_service.conf).</translation>
    </message>
</context>
<context>
    <name>LibraryTeamMode</name>
    <message>
        <source>Offline — your changes are kept and will be saved when the connection returns</source>
        <translation>Sin conexión — sus cambios se conservan y se guardarán cuando vuelva la conexión</translation>
    </message>
</context>
<context>
    <name>LibraryTrashDialog</name>
    <message>
        <source>The trash is empty. Incidents you delete wait here until you delete them for good.</source>
        <translation>La papelera está vacía. Los incidentes que elimine esperan aquí hasta que los elimine definitivamente.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{number}.</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>New {item}</source>
        <translation>Nuevo: {item}</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{library} — pmdesk</source>
        <translation>{library} — pmdesk</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Library or dashboard</source>
        <translation>Biblioteca o panel</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation>&amp;Tareas vencidas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Overdue actions ({n})</source>
        <translation>Tareas vencidas ({n})</translation>
    </message>
    <message>
        <source>Counting the matches among {n} incidents…</source>
        <translation>Contando las coincidencias entre {n} incidentes…</translation>
    </message>
    <message>
        <source>{rows} of 1 incident</source>
        <translation>{rows} de 1 incidente</translation>
    </message>
    <message>
        <source>{rows} of {n} incidents</source>
        <translation>{rows} de {n} incidentes</translation>
    </message>
    <message>
        <source>{n} incidents</source>
        <translation>{n} incidentes</translation>
    </message>
    <message>
        <source>Made a copy. Undo with Ctrl+Z.</source>
        <translation>Se hizo una copia. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Made {n} copies. Undo with Ctrl+Z.</source>
        <translation>Se hicieron {n} copias. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved 1 incident to the trash. Undo with Ctrl+Z.</source>
        <translation>1 incidente movido a la papelera. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved {n} incidents to the trash. Undo with Ctrl+Z.</source>
        <translation>{n} incidentes movidos a la papelera. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Read-only team library: the preview shows this incident, and Export (Ctrl+E) gives it as a Word or Markdown file.</source>
        <translation>Biblioteca del equipo de solo lectura: la vista previa muestra este incidente, y Exportar (Ctrl+E) lo entrega como archivo de Word o Markdown.</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 incidente</translation>
    </message>
    <message>
        <source>Import postmortems</source>
        <translation>Importar postmortems</translation>
    </message>
    <message>
        <source>Postmortems ({patterns});;All files (*)</source>
        <translation>Postmortems ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The example was deleted from this library.</source>
        <translation>El ejemplo se eliminó de esta biblioteca.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to time</source>
        <translation>Mover a una hora</translation>
    </message>
    <message>
        <source>“{text}”, now at {time}</source>
        <translation>«{text}», ahora a las {time}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Nueva hora:</translation>
    </message>
    <message>
        <source>For example 10:45, 2:45 PM, +5 min or yesterday 14:00; times in {zone}.</source>
        <translation>Por ejemplo 10:45, 2:45 PM, +5 min o yesterday 14:00 (expresiones en inglés); horas en {zone}.</translation>
    </message>
    <message>
        <source>The other selected event moves by as much.</source>
        <translation>El otro evento seleccionado se mueve lo mismo.</translation>
    </message>
    <message>
        <source>The other {n} selected events move by as much.</source>
        <translation>Los otros {n} eventos seleccionados se mueven lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Type the new time, for example 10:45.</source>
        <translation>Escriba la nueva hora, por ejemplo 10:45.</translation>
    </message>
</context>
<context>
    <name>NewPostmortemDialog</name>
    <message>
        <source>New postmortem</source>
        <translation>Nuevo postmortem</translation>
    </message>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation>Por ejemplo: Caída del pago tras el lanzamiento del producto</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Empezar desde:</translation>
    </message>
    <message>
        <source>A copy of an existing incident</source>
        <translation>Una copia de un incidente existente</translation>
    </message>
    <message>
        <source>Everything from the incident you pick, as a new draft with its tasks open again.</source>
        <translation>Todo lo del incidente que elija, como un nuevo borrador con sus tareas abiertas de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Incident to copy:</source>
        <translation>&amp;Incidente que copiar:</translation>
    </message>
    <message>
        <source>The newest {COPY_CHOICES} are listed. To copy an older incident, select it in the library and choose Duplicate (Ctrl+D).</source>
        <translation>Se muestran los {COPY_CHOICES} más recientes. Para copiar un incidente más antiguo, selecciónelo en la biblioteca y elija Duplicar (Ctrl+D).</translation>
    </message>
    <message>
        <source>The library is empty, so there is nothing to copy yet.</source>
        <translation>La biblioteca está vacía, así que aún no hay nada que copiar.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{value} ({started})</source>
        <translation>{value} ({started})</translation>
    </message>
</context>
<context>
    <name>OverduePanel</name>
    <message>
        <source>Overdue actions</source>
        <translation>Tareas vencidas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — pmdesk</source>
        <translation>Preferencias — pmdesk</translation>
    </message>
    <message>
        <source>As the system shows it ({example})</source>
        <translation>Como lo muestra el sistema ({example})</translation>
    </message>
    <message>
        <source>12-hour ({example})</source>
        <translation>12 horas ({example})</translation>
    </message>
    <message>
        <source>24-hour ({example})</source>
        <translation>24 horas ({example})</translation>
    </message>
    <message>
        <source>How times of day are written in every window, the Review page and every export</source>
        <translation>Cómo se escriben las horas en todas las ventanas, la página Revisión y todas las exportaciones</translation>
    </message>
    <message>
        <source>As the system shows it</source>
        <translation>Como lo muestra el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The colours of every pmdesk window; exported documents are always light</source>
        <translation>Los colores de todas las ventanas de pmdesk; los documentos exportados son siempre claros</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>A new language takes effect when pmdesk is started again.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que inicie pmdesk.</translation>
    </message>
    <message>
        <source>Your name, added as author of new postmortems</source>
        <translation>Su nombre, que se añade como autor de los nuevos postmortems</translation>
    </message>
    <message>
        <source>pmdesk&apos;s own layout</source>
        <translation>El diseño propio de pmdesk</translation>
    </message>
    <message>
        <source>default export folder</source>
        <translation>carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation>&amp;Zona horaria mostrada:</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Reloj:</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nombre de &amp;autor:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Carpeta de &amp;exportación predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>Plantilla de &amp;Word:</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; choose one from the list, e.g. Europe/Paris.</source>
        <translation>«{zone}» no es una zona horaria; elija una de la lista, p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <source>The default export folder does not exist; choose an existing folder.</source>
        <translation>La carpeta de exportación predeterminada no existe; elija una carpeta existente.</translation>
    </message>
    <message>
        <source>The Word template file does not exist; choose a .docx file or leave it empty.</source>
        <translation>El archivo de la plantilla de Word no existe; elija un archivo .docx o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Incident preview</source>
        <translation>Vista previa del incidente</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Sin gravedad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
    <message>
        <source>… and {n} more events</source>
        <translation>… y {n} eventos más</translation>
    </message>
    <message>
        <source>The timeline drawing: {note}</source>
        <translation>El dibujo de la cronología: {note}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>overdue since {due}</source>
        <translation>vencida desde {due}</translation>
    </message>
    <message>
        <source>&lt;i&gt;no owner&lt;/i&gt;</source>
        <translation>&lt;i&gt;sin responsable&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Timeline {time}</source>
        <translation>Cronología {time}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before you &amp;share it:</source>
        <translation>Antes de &amp;compartirlo:</translation>
    </message>
    <message>
        <source>Nothing is missing. It is ready to share.</source>
        <translation>No falta nada. Está listo para compartir.</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;Word report…</source>
        <translation>Exportar informe de &amp;Word…</translation>
    </message>
    <message>
        <source>Export lea&amp;dership summary…</source>
        <translation>Exportar resumen para la &amp;dirección…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exportar Markdown</translation>
    </message>
    <message>
        <source>Export Word report</source>
        <translation>Exportar informe de Word</translation>
    </message>
    <message>
        <source>Export leadership summary</source>
        <translation>Exportar resumen para la dirección</translation>
    </message>
    <message>
        <source>The full report as a Word document, with the timeline chart</source>
        <translation>El informe completo como documento de Word, con el gráfico de la cronología</translation>
    </message>
    <message>
        <source>One Word page for leadership: figures, impact, cause and follow-up tasks</source>
        <translation>Una página de Word para la dirección: cifras, impacto, causa y tareas de seguimiento</translation>
    </message>
    <message>
        <source>Markdown for wikis and chat</source>
        <translation>Markdown para wikis y chats</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go there</source>
        <translation>Pulse Intro o haga doble clic para ir allí</translation>
    </message>
    <message>
        <source>…and {rest} more of the same kinds: fix these first, or see each page.</source>
        <translation>…y {rest} más de los mismos tipos: corrija primero estos, o vea cada página.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>{message} pmdesk keeps trying.</source>
        <translation>{message} pmdesk sigue intentándolo.</translation>
    </message>
    <message>
        <source>by someone else</source>
        <translation>por otra persona</translation>
    </message>
    <message>
        <source>in another window</source>
        <translation>en otra ventana</translation>
    </message>
    <message>
        <source>Not saved: changed {where}</source>
        <translation>Sin guardar: cambiado {where}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{keys} or {more}</source>
        <translation>{keys} o {more}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — pmdesk</source>
        <translation>Atajos de teclado — pmdesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>{step} (optional)</source>
        <translation>{step} (opcional)</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>{step}: {words}</source>
        <translation>{step}: {words}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>De&amp;tected:</source>
        <translation>De&amp;tección:</translation>
    </message>
    <message>
        <source>Ende&amp;d:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>Impact statement</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Type who or what was affected, and how; Enter adds another</source>
        <translation>Escriba quién o qué se vio afectado, y cómo; Intro añade otro</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>Im&amp;pacto:</translation>
    </message>
    <message>
        <source>The cause in a sentence or two; the full story comes on the next pages.</source>
        <translation>La causa en una o dos frases; la historia completa viene en las páginas siguientes.</translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation>Causa &amp;raíz:</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Type something that could be better; Enter adds another</source>
        <translation>Escriba algo que podría ir mejor; Intro añade otra</translation>
    </message>
    <message>
        <source>Make {} a task</source>
        <translation>Convertir {} en tarea</translation>
    </message>
    <message>
        <source>What can be i&amp;mproved:</source>
        <translation>Qué se puede &amp;mejorar:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Tareas:</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>Aña&amp;dir tarea</translation>
    </message>
    <message>
        <source>Add a task (Insert)</source>
        <translation>Añadir una tarea (Insert)</translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation>&amp;Quitar tarea</translation>
    </message>
    <message>
        <source>Remove the selected tasks (Delete)</source>
        <translation>Quitar las tareas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>No tasks yet. Choose Add task (or press Insert in the table), then type the task, its owner and due date.</source>
        <translation>Todavía no hay tareas. Elija Añadir tarea (o pulse Insert en la tabla) y escriba la tarea, su responsable y su fecha límite.</translation>
    </message>
    <message>
        <source>new task from {what}</source>
        <translation>nueva tarea a partir de {what}</translation>
    </message>
    <message>
        <source>made {what} a task</source>
        <translation>{what} convertido en tarea</translation>
    </message>
    <message>
        <source>This task</source>
        <translation>Esta tarea</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Drag to change when the incident started</source>
        <translation>Arrastre para cambiar cuándo empezó el incidente</translation>
    </message>
    <message>
        <source>Drag to change when the incident ended</source>
        <translation>Arrastre para cambiar cuándo terminó el incidente</translation>
    </message>
    <message>
        <source>{caption} not set</source>
        <translation>{caption} sin indicar</translation>
    </message>
    <message>
        <source>No events yet. Double-click on the timeline to add one at that time.</source>
        <translation>Todavía no hay eventos. Haga doble clic en la cronología para añadir uno en ese momento.</translation>
    </message>
    <message>
        <source>This incident has no timeline events.</source>
        <translation>Este incidente no tiene eventos en la cronología.</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Horas en {zone}</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>{time}, {kind}, no text yet</source>
        <translation>{time}, {kind}, aún sin texto</translation>
    </message>
    <message>
        <source>{time}, {kind}: {text}</source>
        <translation>{time}, {kind}: {text}</translation>
    </message>
    <message>
        <source>Up and Down go to the event before or after. Left and Right move it by a minute, Shift with them by ten minutes; Ctrl+M moves it to a time you type. Enter edits its text, Delete removes it.</source>
        <translation>Arriba y Abajo van al evento anterior o siguiente. Izquierda y Derecha lo mueven un minuto, con Mayús diez minutos; Ctrl+M lo mueve a la hora que escriba. Intro edita su texto, Supr lo elimina.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>10:32 AM: The on-call engineer was alerted</source>
        <translation>10:32: Se avisó a la persona de guardia</translation>
    </message>
    <message>
        <source>New e&amp;vent:</source>
        <translation>Nuevo e&amp;vento:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add the event typed here (Enter); with nothing typed, add an empty event after the last one (Insert)</source>
        <translation>Añadir el evento escrito aquí (Intro); sin nada escrito, añadir un evento vacío tras el último (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected events (Delete)</source>
        <translation>Quitar los eventos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>&amp;Pegar líneas</translation>
    </message>
    <message>
        <source>Add one event per line or chat message of the copied text (Ctrl+V)</source>
        <translation>Añadir un evento por cada línea o mensaje de chat del texto copiado (Ctrl+V)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No events yet. Type one above and press Enter, or paste several lines copied from a chat or a document.</source>
        <translation>Todavía no hay eventos. Escriba uno arriba y pulse Intro, o pegue varias líneas copiadas de un chat o un documento.</translation>
    </message>
    <message>
        <source>pasted lines</source>
        <translation>líneas pegadas</translation>
    </message>
    <message>
        <source>There was no text to paste. Copy some lines such as “10:30 AM UTC: Alerts fired” first.</source>
        <translation>No había texto que pegar. Copie antes líneas como «10:30 AM UTC: Saltaron las alertas».</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Seleccione un incidente para ver su cronología.</translation>
    </message>
    <message>
        <source>This incident has no timeline events yet. Open it to add some.</source>
        <translation>Este incidente aún no tiene eventos en la cronología. Ábralo para añadir algunos.</translation>
    </message>
    <message>
        <source>Timeline preview</source>
        <translation>Vista previa de la cronología</translation>
    </message>
</context>
<context>
    <name>TimelineSummary</name>
    <message>
        <source>Showing {shown} of {total} events, the key moments first (detected, alerted, escalated, mitigated, resolved).</source>
        <translation>Se muestran {shown} de {total} eventos, primero los momentos clave (detectado, alerta, escalado, mitigado, resuelto).</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Drag events or press ←/→ to change their times · Ctrl+M to type a time · Shift+drag to select several · double-click to add · Ctrl+wheel to zoom</source>
        <translation>Arrastre eventos o pulse ←/→ para cambiar su hora · Ctrl+M para escribir una hora · Mayús+arrastrar selecciona varios · doble clic añade · Ctrl+rueda hace zoom</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Move to time…</source>
        <translation>Mover a una hora…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit to incident</source>
        <translation>Ajustar al incidente</translation>
    </message>
    <message>
        <source>{text} ({native})</source>
        <translation>{text} ({native})</translation>
    </message>
    <message>
        <source>{day}times in {zone}</source>
        <translation>{day}horas en {zone}</translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Reading postmortems…</source>
        <translation>Leyendo postmortems…</translation>
    </message>
    <message>
        <source>Importing postmortems…</source>
        <translation>Importando postmortems…</translation>
    </message>
    <message>
        <source>Exporting postmortems…</source>
        <translation>Exportando postmortems…</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added to the library.</source>
        <translation>Importación cancelada. No se añadió nada a la biblioteca.</translation>
    </message>
    <message>
        <source>Imported {done} of 1 file.</source>
        <translation>Se importaron {done} de 1 archivo.</translation>
    </message>
    <message>
        <source>Imported {done} of {n} files.</source>
        <translation>Se importaron {done} de {n} archivos.</translation>
    </message>
    <message>
        <source>These could not be imported:
</source>
        <translation>No se pudieron importar:
</translation>
    </message>
    <message>
        <source>

Fix them (or export them again as Markdown or JSON) and import them again.</source>
        <translation>

Corríjalos (o expórtelos de nuevo como Markdown o JSON) e impórtelos otra vez.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export cancelled after {done} of {n} files.</source>
        <translation>Exportación cancelada tras {done} de {n} archivos.</translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents to {folder}.</source>
        <translation>Se exportaron {done} de {n} incidentes a {folder}.</translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents.</source>
        <translation>Se exportaron {done} de {n} incidentes.</translation>
    </message>
    <message>
        <source>These could not be exported:
</source>
        <translation>No se pudieron exportar:
</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>No se pudo reconstruir el índice de búsqueda.</translation>
    </message>
    <message>
        <source>Rebuilding stopped after {done} of {n} incidents. Search works as before; rebuild again to do the rest.</source>
        <translation>La reconstrucción se detuvo tras {done} de {n} incidentes. La búsqueda funciona como antes; reconstruya de nuevo para hacer el resto.</translation>
    </message>
    <message>
        <source>The search index was rebuilt (1 incident).</source>
        <translation>Se reconstruyó el índice de búsqueda (1 incidente).</translation>
    </message>
    <message>
        <source>The search index was rebuilt ({n} incidents).</source>
        <translation>Se reconstruyó el índice de búsqueda ({n} incidentes).</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translation>Reconstruir el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash — pmdesk</source>
        <translation>Papelera — pmdesk</translation>
    </message>
    <message>
        <source>Deleted incidents</source>
        <translation>Incidentes eliminados</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Restore brings an incident back to the library; Undo (Ctrl+Z) works too.</source>
        <translation>Recuperar devuelve un incidente a la biblioteca; Deshacer (Ctrl+Z) también sirve.</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>¿Eliminar «{title}» definitivamente?</translation>
    </message>
    <message>
        <source>Delete these {n} incidents for good?</source>
        <translation>¿Eliminar estos {n} incidentes definitivamente?</translation>
    </message>
    <message>
        <source>Delete the incident in the trash for good?</source>
        <translation>¿Eliminar definitivamente el incidente de la papelera?</translation>
    </message>
    <message>
        <source>Delete all {n} incidents in the trash for good?</source>
        <translation>¿Eliminar definitivamente los {n} incidentes de la papelera?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>{question}

This cannot be undone.</source>
        <translation>{question}

No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to pmdesk</source>
        <translation>Bienvenido a pmdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to pmdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a pmdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>pmdesk helps you write up an incident so that others can learn from it, one question at a time. Everything you type is saved as you go.</source>
        <translation>pmdesk le ayuda a redactar un incidente para que otros aprendan de él, pregunta a pregunta. Todo lo que escribe se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>&amp;Write a postmortem</source>
        <translation>&amp;Escribir un postmortem</translation>
    </message>
    <message>
        <source>Start a new one; an example sits beside every question.</source>
        <translation>Empezar uno nuevo; junto a cada pregunta hay un ejemplo.</translation>
    </message>
    <message>
        <source>&amp;Look at the example</source>
        <translation>&amp;Ver el ejemplo</translation>
    </message>
    <message>
        <source>A finished postmortem of a shop outage, to see what a good one looks like.</source>
        <translation>Un postmortem terminado de la caída de una tienda en línea, para ver cómo es uno bueno.</translation>
    </message>
    <message>
        <source>&amp;Import old postmortems</source>
        <translation>&amp;Importar postmortems antiguos</translation>
    </message>
    <message>
        <source>Bring in Markdown, JSON or Word files from your wiki or shared drive.</source>
        <translation>Traer archivos Markdown, JSON o Word de su wiki o unidad compartida.</translation>
    </message>
    <message>
        <source>Where my &amp;data is</source>
        <translation>Dónde están mis &amp;datos</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Elegir: {what}</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Basics</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>What happened, in a few words?</source>
        <translation>¿Qué pasó, en pocas palabras?</translation>
    </message>
    <message>
        <source>Give the incident a title people will recognise and a short introduction for someone who was not there. Severity, services and tags help others find it later.</source>
        <translation>Dé al incidente un título que la gente reconozca y una breve introducción para quien no estuvo allí. La gravedad, los servicios y las etiquetas ayudan a encontrarlo más tarde.</translation>
    </message>
    <message>
        <source>Title: The Great Downtime Debacle: A Postmortem

Introduction: On Sunday, October 15, 2023, our online shop was down or very slow for 2 hours and 27 minutes after a product launch brought more visitors than our main database could serve. This postmortem explains what happened, how we fixed it, and what we are changing so that it does not happen again.</source>
        <translation>Título: El gran desastre de la caída: un postmortem

Introducción: El domingo 15 de octubre de 2023, nuestra tienda en línea estuvo caída o muy lenta durante 2 horas y 27 minutos, después de que un lanzamiento de producto trajera más visitantes de los que podía atender nuestra base de datos principal. Este postmortem explica qué pasó, cómo lo solucionamos y qué estamos cambiando para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation>Resumen e impacto</translation>
    </message>
    <message>
        <source>When did it start, and when was it over?</source>
        <translation>¿Cuándo empezó y cuándo terminó?</translation>
    </message>
    <message>
        <source>Enter the times in the incident&apos;s time zone; the duration is worked out for you. Then say who was affected and how, one statement per row, and name the root cause in a sentence or two.</source>
        <translation>Escriba las horas en la zona horaria del incidente; la duración se calcula sola. Después diga quién se vio afectado y cómo, una frase por fila, e indique la causa raíz en una o dos frases.</translation>
    </message>
    <message>
        <source>Start: October 15, 2023, 10:18 AM UTC
End: October 15, 2023, 12:45 PM UTC

Impact:
• The shop&apos;s pages loaded slowly or not at all, and sales were 25% lower than usual while it lasted.
• About 1 in 5 customers who tried to sign in could not.

Root cause: Visitors to the new product&apos;s page made the shop ask the main database far more questions than it could answer.</source>
        <translation>Inicio: 15 de octubre de 2023, 10:18 UTC
Fin: 15 de octubre de 2023, 12:45 UTC

Impacto:
• Las páginas de la tienda cargaban despacio o no cargaban, y las ventas fueron un 25 % más bajas de lo habitual mientras duró.
• Aproximadamente 1 de cada 5 clientes que intentaron iniciar sesión no pudo.

Causa raíz: Los visitantes de la página del nuevo producto hicieron que la tienda preguntara a la base de datos principal mucho más de lo que podía responder.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>What happened, moment by moment?</source>
        <translation>¿Qué pasó, momento a momento?</translation>
    </message>
    <message>
        <source>Add one event per moment: when it happened, what kind of moment it was, and what happened. Paste several lines at once, such as “10:30 AM UTC: Alerts fired”, to add one event per line. Drag events on the chart to fix their times, or use the keys: Left and Right move the selected event by a minute, Ctrl+M moves it to a time you type.</source>
        <translation>Añada un evento por momento: cuándo ocurrió, qué tipo de momento fue y qué pasó. Pegue varias líneas a la vez, como «10:30 AM UTC: Saltaron las alertas», para añadir un evento por línea. Arrastre eventos en el gráfico para corregir sus horas, o use el teclado: las flechas izquierda y derecha mueven el evento seleccionado un minuto, y Ctrl+M lo mueve a la hora que escriba.</translation>
    </message>
    <message>
        <source>10:18 AM UTC: The product launch email went out; visits tripled.
10:30 AM UTC: Monitoring alerts showed the database overloaded (detected).
10:32 AM UTC: The on-call engineer was alerted.
11:00 AM UTC: A possible attack was checked and ruled out (a dead end).
11:15 AM UTC: The incident was escalated to the database team.
12:45 PM UTC: Resolved: the load was spread across two more database servers.</source>
        <translation>10:18 UTC: Salió el correo del lanzamiento; las visitas se triplicaron.
10:30 UTC: Las alertas de monitorización mostraron la base de datos sobrecargada (detectado).
10:32 UTC: Se avisó a la persona de guardia.
11:00 UTC: Se investigó un posible ataque y se descartó (sin salida).
11:15 UTC: El incidente se escaló al equipo de base de datos.
12:45 UTC: Resuelto: la carga se repartió entre dos servidores de base de datos más.</translation>
    </message>
    <message>
        <source>Root cause and resolution</source>
        <translation>Causa raíz y resolución</translation>
    </message>
    <message>
        <source>Why did it happen, and how was it fixed?</source>
        <translation>¿Por qué pasó y cómo se resolvió?</translation>
    </message>
    <message>
        <source>Explain the chain of causes in plain words, so that someone outside the team can follow it. Describe what the system or process allowed, not who did what.</source>
        <translation>Explique la cadena de causas en palabras sencillas, de modo que alguien de fuera del equipo pueda seguirla. Describa lo que el sistema o el proceso permitió, no quién hizo qué.</translation>
    </message>
    <message>
        <source>The new product&apos;s page asked the main database for stock levels on every visit. When the launch email tripled the number of visitors, the database received more requests than it could handle and every page slowed down. The database team added two servers that answer read-only requests and sent the stock-level requests there.</source>
        <translation>La página del nuevo producto consultaba a la base de datos principal las existencias en cada visita. Cuando el correo del lanzamiento triplicó el número de visitantes, la base de datos recibió más peticiones de las que podía atender y todas las páginas se ralentizaron. El equipo de base de datos añadió dos servidores que responden a peticiones de solo lectura y envió allí las consultas de existencias.</translation>
    </message>
    <message>
        <source>Improvements and tasks</source>
        <translation>Mejoras y tareas</translation>
    </message>
    <message>
        <source>What will change so it does not happen again?</source>
        <translation>¿Qué va a cambiar para que no vuelva a pasar?</translation>
    </message>
    <message>
        <source>List what could be better, then turn it into tasks. A good task starts with a verb, has one owner and a due date. Edit a cell by typing; Tab moves to the next.</source>
        <translation>Enumere lo que podría ir mejor y conviértalo en tareas. Una buena tarea empieza con un verbo, tiene un responsable y una fecha límite. Edite una celda escribiendo; Tab pasa a la siguiente.</translation>
    </message>
    <message>
        <source>What can be improved:
• Add database servers automatically when the load grows.
• Alert on database load earlier, before customers notice.

Tasks:
• Set up automatic scaling for database servers (due by Nov 15, 2023).
• Enhance monitoring and alerting system (due by Oct 31, 2023).</source>
        <translation>Qué se puede mejorar:
• Añadir servidores de base de datos automáticamente cuando crezca la carga.
• Alertar antes de la carga de la base de datos, antes de que lo noten los clientes.

Tareas:
• Configurar el escalado automático de los servidores de base de datos (para el 15 nov 2023).
• Mejorar la monitorización y las alertas (para el 31 oct 2023).</translation>
    </message>
    <message>
        <source>The engaging part</source>
        <translation>La parte amena</translation>
    </message>
    <message>
        <source>How can we make it memorable?</source>
        <translation>¿Cómo hacerlo memorable?</translation>
    </message>
    <message>
        <source>The chart is drawn from your timeline, so there is nothing to draw. If you like, add a light-hearted analogy; it is left out of the leadership export unless you ask.</source>
        <translation>El gráfico se dibuja a partir de su cronología, así que no hay nada que dibujar. Si quiere, añada una analogía desenfadada; se omite en la exportación para la dirección salvo que la pida.</translation>
    </message>
    <message>
        <source>Imagine our shop as a busy highway on the morning of a big sale. Everyone arrived at once, and we had a single lane open. Now we can open more lanes as soon as the traffic builds.</source>
        <translation>Imagine nuestra tienda como una autopista llena la mañana de una gran rebaja. Todos llegaron a la vez y solo teníamos un carril abierto. Ahora podemos abrir más carriles en cuanto crece el tráfico.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>¿Qué hemos aprendido?</translation>
    </message>
    <message>
        <source>Close with what the team takes away from this incident, in two or three sentences.</source>
        <translation>Termine con lo que el equipo se lleva de este incidente, en dos o tres frases.</translation>
    </message>
    <message>
        <source>For 2 hours and 27 minutes, many customers could not shop with us. We found the cause, fixed it the same day, and have three changes under way so that a launch can bring as many visitors as it likes.</source>
        <translation>Durante 2 horas y 27 minutos, muchos clientes no pudieron comprar con nosotros. Encontramos la causa, la solucionamos ese mismo día y tenemos tres cambios en marcha para que un lanzamiento pueda traer todos los visitantes que quiera.</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Revisión y exportación</translation>
    </message>
    <message>
        <source>Is it ready to share?</source>
        <translation>¿Está listo para compartir?</translation>
    </message>
    <message>
        <source>This is how the postmortem will read. The checklist shows what is missing or could be clearer; choose an item to go to it. Export when you are happy with it.</source>
        <translation>Así se leerá el postmortem. La lista de comprobación muestra lo que falta o podría estar más claro; elija un punto para ir a él. Exporte cuando esté conforme.</translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <source>Try describing what in the system or process let this happen, rather than who did it — for example “the deploy script did not check the config” instead of naming a person.</source>
        <translation>Intente describir qué del sistema o del proceso permitió que pasara, en lugar de quién lo hizo; por ejemplo, «el script de despliegue no comprobó la configuración» en lugar de nombrar a una persona.</translation>
    </message>
    <message>
        <source>“Human error” ends the inquiry where it should start.</source>
        <translation>«Error humano» cierra la investigación justo donde debería empezar.</translation>
    </message>
    <message>
        <source>Saying whose fault it was puts blame on a person.</source>
        <translation>Decir de quién fue la culpa culpa a una persona.</translation>
    </message>
    <message>
        <source>This names a person as the cause.</source>
        <translation>Esto señala a una persona como la causa.</translation>
    </message>
    <message>
        <source>“Should have known” judges a person with hindsight.</source>
        <translation>«Debería haberlo sabido» juzga a una persona a toro pasado.</translation>
    </message>
    <message>
        <source>This word judges a person rather than describing what happened.</source>
        <translation>Esta palabra juzga a una persona en lugar de describir lo que pasó.</translation>
    </message>
    <message>
        <source>Blame makes people less willing to say what really happened.</source>
        <translation>La culpa hace que la gente esté menos dispuesta a contar lo que de verdad pasó.</translation>
    </message>
    <message>
        <source>This judges a person rather than describing what happened.</source>
        <translation>Esto juzga a una persona en lugar de describir lo que pasó.</translation>
    </message>
    <message>
        <source>Start with what someone will do — “Add an alert for…”, “Set up…”, “Review…” — so it is clear when the task is done.</source>
        <translation>Empiece por lo que alguien hará —«Añadir una alerta para…», «Configurar…», «Revisar…»— para que quede claro cuándo está hecha la tarea.</translation>
    </message>
    <message>
        <source>Name one person or team who will see it through; shared tasks tend to stall.</source>
        <translation>Nombre a una persona o un equipo que la lleve a término; las tareas compartidas suelen estancarse.</translation>
    </message>
    <message>
        <source>Pick a due date, even a rough one, so the task does not drift.</source>
        <translation>Elija una fecha límite, aunque sea aproximada, para que la tarea no se quede a la deriva.</translation>
    </message>
    <message>
        <source>This reads as a topic, not an action.</source>
        <translation>Esto parece un tema, no una acción.</translation>
    </message>
    <message>
        <source>Nobody owns this task yet.</source>
        <translation>Nadie es responsable de esta tarea todavía.</translation>
    </message>
    <message>
        <source>This task has no due date.</source>
        <translation>Esta tarea no tiene fecha límite.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>“{typed}” is not a city or time zone I know, or is in several; pick one from the list, such as Paris — Europe/Paris.</source>
        <translation>«{typed}» no es una ciudad o zona horaria que conozca, o coincide con varias; elija una de la lista, como Madrid — Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
</TS>
