// What the teacher and students see of a class. The teacher key, students' session ids
// and seat tickets are never in here.
import { MapSchema, Schema, type } from "@colyseus/schema";

export class StudentView extends Schema {
  @type("string") name = "";
  @type("boolean") connected = true;
  @type("string") matchId = "";
  @type("string") faction = "";
  /** The month of this student's last order in their match (-1: none yet); the teacher's "idle for N months". */
  @type("int16") lastOrderMonth = -1;
}

export class ClassFactionView extends Schema {
  @type("string") limitingFactor = "none";
  @type("number") score = 0;
  /** Milestones reached (0–3). */
  @type("uint8") milestones = 0;
  @type("string") students = "";
  @type("string") controller = "bot";
}

export class ClassMatchView extends Schema {
  @type("uint16") month = 0;
  @type("string") status = "waiting";
  @type("string") winner = "";
  @type({ map: ClassFactionView }) factions = new MapSchema<ClassFactionView>();
}

export class ClassroomState extends Schema {
  @type("string") code = "";
  /** waiting → running ⇄ paused → ended */
  @type("string") status = "waiting";
  @type("string") speed = "normal";
  @type("uint16") months = 120;
  @type("uint8") seatSize = 1;
  @type("string") factions = "tesla,tsmc,samsung,china";
  @type("boolean") events = true;
  @type("string") difficulty = "normal";
  /** How students were split, in words for the projector (e.g. "30 students → 4 matches"). */
  @type("string") split = "";
  @type("uint8") teachersOnline = 0;
  /** "Keep matches in step": a match ahead of the slowest waits for it. */
  @type("boolean") inStep = false;
  /** How many students have joined (what a student's waiting screen shows). */
  @type("uint8") studentCount = 0;
  /** The roster, keyed by a random public id (never a session id; tickets go to each student alone). */
  @type({ map: StudentView }) students = new MapSchema<StudentView>();
  @type({ map: ClassMatchView }) matches = new MapSchema<ClassMatchView>();
}
