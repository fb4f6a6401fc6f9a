// The ribbon's function file (commands.html). Its only button opens the task pane through a
// ShowTaskpane action, so no ExecuteFunction handler is registered; Office still expects the
// function file to initialise office.js.
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
